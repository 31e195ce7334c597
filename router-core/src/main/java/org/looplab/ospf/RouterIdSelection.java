package org.looplab.ospf;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * How IOS picks an OSPF router id when {@code router-id} is not configured: the highest address of an up
 * loopback, else the highest address of an up interface. The choice sticks until the process restarts.
 */
final class RouterIdSelection {
    private RouterIdSelection() {
    }

    static Ipv4Address choose(Ipv4Address configured, Router router) {
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
