package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code no ip route [vrf NAME] NETWORK MASK [INTERFACE] [NEXT-HOP]}: without interface and next hop, every line of
 * the prefix goes; a line that matches none gets IOS's "%No matching route to delete".
 */
public record RemoveStaticRoute(String vrf, Ipv4Address network, Ipv4Address mask, InterfaceName outgoing,
                                Ipv4Address nextHop) implements Command {
    /** In the global table. */
    public RemoveStaticRoute(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing, Ipv4Address nextHop) {
        this(null, network, mask, outgoing, nextHop);
    }

    @Override
    public void run(CommandContext context) {
        String refused = context.router().removeStaticRoute(vrf, network, mask, outgoing, nextHop);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
