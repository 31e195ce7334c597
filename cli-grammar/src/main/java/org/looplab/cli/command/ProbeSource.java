package org.looplab.cli.command;

import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * The source of {@code ping ... source X} and {@code traceroute ... source X}: an interface's address or
 * one of the router's own addresses. {@link #resolve} prints IOS's message and returns false when the
 * source is not usable.
 */
record ProbeSource(InterfaceName sourceInterface, Ipv4Address sourceAddress) {
    /** The address the probes leave from: null for "let the routing table choose". */
    Ipv4Address address(Router router) {
        return sourceInterface != null ? PingSession.sourceAddressOf(router, sourceInterface) : sourceAddress;
    }

    /** As {@link #resolve}, and the VRF ({@code ping vrf NAME}; null: the global table) must exist. */
    boolean resolveIn(CommandContext context, String vrf) {
        String missing = context.router().vrfRefusal(vrf);
        if (missing != null) {
            context.print(missing + "\n");
            return false;
        }
        return resolve(context);
    }

    boolean resolve(CommandContext context) {
        Router router = context.router();
        if (sourceInterface != null) {
            if (PingSession.sourceAddressOf(router, sourceInterface) == null) {
                context.print(PingSession.INVALID_SOURCE + "\n");
                return false;
            }
            return true;
        }
        String refused = sourceAddress == null ? null : PingSession.checkSource(router, sourceAddress);
        if (refused != null) {
            context.print(refused + "\n");
            return false;
        }
        return true;
    }
}
