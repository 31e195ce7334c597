package org.looplab.router;

import java.util.Objects;
import org.looplab.net.Ipv4Address;

/**
 * A tunnel's {@code tunnel source IF|A}, {@code tunnel destination A}, {@code tunnel mode}, {@code tunnel key N}
 * (null: none), {@code tunnel vrf NAME} (the table the outer packets are routed in; null: the global one) and
 * {@code keepalive} (null: off, IOS 15's default). The source is an interface or one of the router's addresses;
 * either part may be missing, and then the tunnel's line protocol stays down.
 */
public record TunnelSettings(InterfaceName sourceInterface, Ipv4Address sourceAddress, Ipv4Address destination,
                             TunnelMode mode, Long key, String vrf, TunnelKeepalive keepalive) {
    public static final TunnelSettings NONE = new TunnelSettings(null, null, null);

    public TunnelSettings {
        Objects.requireNonNull(mode);
    }

    /** A GRE/IP tunnel without key, underlay VRF or keepalive. */
    public TunnelSettings(InterfaceName sourceInterface, Ipv4Address sourceAddress, Ipv4Address destination) {
        this(sourceInterface, sourceAddress, destination, TunnelMode.GRE_IP, null, null, null);
    }

    public TunnelSettings withSource(InterfaceName newInterface, Ipv4Address newAddress) {
        return new TunnelSettings(newInterface, newAddress, destination, mode, key, vrf, keepalive);
    }

    public TunnelSettings withDestination(Ipv4Address newDestination) {
        return new TunnelSettings(sourceInterface, sourceAddress, newDestination, mode, key, vrf, keepalive);
    }

    public TunnelSettings withMode(TunnelMode newMode) {
        return new TunnelSettings(sourceInterface, sourceAddress, destination, newMode, key, vrf, keepalive);
    }

    public TunnelSettings withKey(Long newKey) {
        return new TunnelSettings(sourceInterface, sourceAddress, destination, mode, newKey, vrf, keepalive);
    }

    public TunnelSettings withVrf(String newVrf) {
        return new TunnelSettings(sourceInterface, sourceAddress, destination, mode, key, newVrf, keepalive);
    }

    public TunnelSettings withKeepalive(TunnelKeepalive newKeepalive) {
        return new TunnelSettings(sourceInterface, sourceAddress, destination, mode, key, vrf, newKeepalive);
    }

    /** The key the outer packets carry: a GRE tunnel's {@code tunnel key}; IP-in-IP has no header to carry one. */
    public Long carriedKey() {
        return mode.isGre() ? key : null;
    }

    /** False when {@code tunnel vrf} names a VRF that is not (or no longer) defined: nothing can be routed. */
    public boolean underlayExists(Router router) {
        return vrf == null || router.hasVrf(vrf);
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

    /**
     * The interface that carries the source: the named one, or the interface of the tunnel's underlay VRF
     * that owns the source address.
     */
    public Interface sourceCarrier(Router router) {
        if (sourceInterface != null) {
            return router.interfaceNamed(sourceInterface);
        }
        if (sourceAddress == null) {
            return null;
        }
        for (Interface each : router.interfaces()) {
            if (each.hasAddress(sourceAddress) && Objects.equals(each.vrf(), vrf)) {
                return each;
            }
        }
        return null;
    }
}
