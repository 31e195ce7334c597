package org.looplab.routing;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * How IOS picks a router id for OSPF and BGP when none is configured ({@code router-id},
 * {@code bgp router-id}): the highest address of an up loopback, else the highest address of an up interface.
 * The caller decides how long the choice sticks (OSPF: until the process restarts).
 */
public final class RouterIdSelection {
    private RouterIdSelection() {
    }

    public static Ipv4Address choose(Ipv4Address configured, Router router) {
        if (configured != null) {
            return configured;
        }
        Ipv4Address loopback = null;
        Ipv4Address other = null;
        for (Interface candidate : router.interfaces()) {
            if (candidate.address() == null || !candidate.isProtocolUp()) {
                continue;
            }
            Ipv4Address address = candidate.address().address();
            if (candidate.isLoopback()) {
                loopback = loopback == null || address.compareTo(loopback) > 0 ? address : loopback;
            } else {
                other = other == null || address.compareTo(other) > 0 ? address : other;
            }
        }
        return loopback != null ? loopback : other;
    }
}
