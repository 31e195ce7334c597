package org.looplab.cli.command;

import java.util.function.UnaryOperator;
import org.looplab.router.TunnelSettings;

/**
 * A tunnel's {@code tunnel source|destination|mode|key|vrf} and {@code keepalive} lines and their {@code no}
 * forms. {@code underlayVrf} names the VRF a {@code tunnel vrf} line needs defined (null: none). Outside a
 * tunnel interface the line has no meaning here and is kept as written, without behaviour.
 */
public record SetTunnel(UnaryOperator<TunnelSettings> change, String lineText, String underlayVrf) implements Command {
    public SetTunnel(UnaryOperator<TunnelSettings> change, String lineText) {
        this(change, lineText, null);
    }

    @Override
    public void run(CommandContext context) {
        if (!context.currentInterface().isTunnel()) {
            new KeepInertLine(lineText, true).run(context);
            return;
        }
        String refusal = context.router().vrfRefusal(underlayVrf);
        if (refusal != null) {
            context.print(refusal + "\n");
            return;
        }
        context.router().setTunnel(context.currentInterface(), change.apply(context.currentInterface().tunnel()));
    }
}
