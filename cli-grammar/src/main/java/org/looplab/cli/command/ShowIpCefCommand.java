package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpCef;
import org.looplab.net.Ipv4Address;

/** {@code show ip cef [A.B.C.D [MASK]] [detail]}: the forwarding table, or its entry for one prefix (address null: all). */
public record ShowIpCefCommand(Ipv4Address address, Ipv4Address mask, boolean detail) implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(ShowIpCef.render(context.router(), address, mask, detail));
    }
}
