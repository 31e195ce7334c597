package org.looplab.discovery;

import org.looplab.router.Router;

/** Starts the neighbour discovery protocols of an IOS router, as it boots: CDP runs at once, LLDP when configured. */
public final class DiscoveryProtocols {
    private DiscoveryProtocols() {
    }

    public static void start(Router router) {
        Cdp.of(router).start();
        Lldp.of(router).start();
    }
}
