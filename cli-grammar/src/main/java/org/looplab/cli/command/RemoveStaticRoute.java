package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code no ip route NETWORK MASK [INTERFACE] [NEXT-HOP]}: without interface and next hop, every line of
 * the prefix goes; a line that matches none gets IOS's "%No matching route to delete".
 */
public record RemoveStaticRoute(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing, Ipv4Address nextHop)
        implements Command {
    @Override
    public void run(CommandContext context) {
        String refused = context.router().removeStaticRoute(network, mask, outgoing, nextHop);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
