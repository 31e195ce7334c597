package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code ip route [vrf NAME] NETWORK MASK {NEXT-HOP | INTERFACE [NEXT-HOP]} [DISTANCE]}; {@code outgoing} or
 * {@code nextHop} may be null. The router refuses bad lines with IOS's message and changes nothing.
 */
public record AddStaticRoute(String vrf, Ipv4Address network, Ipv4Address mask, InterfaceName outgoing,
                             Ipv4Address nextHop, int distance) implements Command {
    /** In the global table. */
    public AddStaticRoute(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing, Ipv4Address nextHop,
                          int distance) {
        this(null, network, mask, outgoing, nextHop, distance);
    }

    @Override
    public void run(CommandContext context) {
        String refused = context.router().addStaticRoute(vrf, network, mask, outgoing, nextHop, distance);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
