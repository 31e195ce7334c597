package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpArp;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;

/** {@code show arp}, {@code show ip arp [A.B.C.D | IF]}: the ARP cache; both filters null for all of it. */
public record ShowIpArpCommand(Ipv4Address onlyAddress, Interface onlyInterface) implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(ShowIpArp.render(context.router(), onlyAddress, onlyInterface));
    }
}
