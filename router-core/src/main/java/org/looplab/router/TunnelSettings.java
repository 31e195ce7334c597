package org.looplab.router;

import org.looplab.net.Ipv4Address;

/**
 * A GRE tunnel's {@code tunnel source IF|A} and {@code tunnel destination A} ({@code tunnel mode gre ip}, IOS's
 * default and the only mode simulated). The source is an interface or one of the router's addresses; either
 * part may be missing, and then the tunnel's line protocol stays down.
 */
public record TunnelSettings(InterfaceName sourceInterface, Ipv4Address sourceAddress, Ipv4Address destination) {
    public static final TunnelSettings NONE = new TunnelSettings(null, null, null);

    public TunnelSettings withSource(InterfaceName sourceInterface, Ipv4Address sourceAddress) {
        return new TunnelSettings(sourceInterface, sourceAddress, destination);
    }

    public TunnelSettings withDestination(Ipv4Address newDestination) {
        return new TunnelSettings(sourceInterface, sourceAddress, newDestination);
    }

    /**
     * The address the tunnel's packets come from: the source interface's primary address, or the configured
     * one; null when there is none yet.
     */
    public Ipv4Address outerSource(Router router) {
        if (sourceAddress != null) {
            return sourceAddress;
        }
        Interface source = sourceInterface == null ? null : router.interfaceNamed(sourceInterface);
        return source == null || source.address() == null ? null : source.address().address();
    }

    /** The interface that carries the source: the named one, or the up interface that owns the source address. */
    public Interface sourceCarrier(Router router) {
        if (sourceInterface != null) {
            return router.interfaceNamed(sourceInterface);
        }
        if (sourceAddress == null) {
            return null;
        }
        for (Interface each : router.interfaces()) {
            if (each.hasAddress(sourceAddress) && each.vrf() == null) {
                return each;
            }
        }
        return null;
    }
}
