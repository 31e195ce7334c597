package org.looplab.cli.command;

import java.util.function.UnaryOperator;
import org.looplab.router.TunnelSettings;

/**
 * {@code tunnel source IF|A}, {@code tunnel destination A}, {@code tunnel mode gre ip} and their {@code no}
 * forms on a tunnel interface. Elsewhere the line has no meaning here and is kept as written, without behaviour.
 */
public record SetTunnel(UnaryOperator<TunnelSettings> change, String lineText) implements Command {
    @Override
    public void run(CommandContext context) {
        if (!context.currentInterface().isTunnel()) {
            new KeepInertLine(lineText, true).run(context);
            return;
        }
        context.router().setTunnel(context.currentInterface(), change.apply(context.currentInterface().tunnel()));
    }
}
