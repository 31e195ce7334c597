package org.looplab.ssh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.looplab.router.Router;

/**
 * Chooses each router's SSH endpoint. Two layouts:
 * <ul>
 *   <li>port per router (default, portable): 127.0.0.1, ports base, base+1, ...;</li>
 *   <li>address per router (Linux, where all of 127/8 is local): 127.1.0.N, all on the base port.</li>
 * </ul>
 * Only loopback addresses are used unless {@code bindAny} is set, which listens on 0.0.0.0 (port per
 * router) and exposes the routers to the network: an explicit choice, never the default.
 */
public final class EndpointPlan {
    public static final int DEFAULT_BASE_PORT = 2201;
    /** Router N of an address-per-router lab gets this address plus N. */
    private static final int[] ROUTER_ADDRESS_BASE = {127, 1, 0, 0};

    private EndpointPlan() {
    }

    public static List<RouterEndpoint> plan(Collection<Router> routers, int basePort, boolean addressPerRouter,
            boolean bindAny) {
        List<RouterEndpoint> endpoints = new ArrayList<>();
        List<InetSocketAddress> addresses = addresses(routers.size(), basePort, addressPerRouter, bindAny);
        int offset = 0;
        for (Router router : routers) {
            endpoints.add(new RouterEndpoint(router, addresses.get(offset++)));
        }
        return endpoints;
    }

    /**
     * The addresses {@link #plan} gives to {@code count} routers, in order, without routers: for files that
     * tell clients where a lab's routers listen ({@code looplab ssh-config}, {@code looplab inventory}).
     */
    public static List<InetSocketAddress> addresses(int count, int basePort, boolean addressPerRouter,
            boolean bindAny) {
        if (addressPerRouter && bindAny) {
            throw new IllegalArgumentException("--address-per-router and --bind-any cannot be combined");
        }
        if (basePort < 1 || basePort > 65535) {
            throw new IllegalArgumentException("port " + basePort + " is not between 1 and 65535");
        }
        if (!addressPerRouter && basePort + count - 1 > 65535) {
            throw new IllegalArgumentException("ports from " + basePort + " for " + count
                    + " routers go beyond 65535");
        }
        if (addressPerRouter && count > 65534) {
            throw new IllegalArgumentException("too many routers for one address each");
        }
        List<InetSocketAddress> addresses = new ArrayList<>(count);
        for (int offset = 0; offset < count; offset++) {
            if (addressPerRouter) {
                addresses.add(new InetSocketAddress(routerAddress(offset + 1), basePort));
            } else {
                addresses.add(new InetSocketAddress(bindAny ? anyAddress() : loopback(), basePort + offset));
            }
        }
        return addresses;
    }

    private static InetAddress routerAddress(int n) {
        byte[] bytes = {
            (byte) ROUTER_ADDRESS_BASE[0], (byte) ROUTER_ADDRESS_BASE[1],
            (byte) (ROUTER_ADDRESS_BASE[2] + (n >> 8)), (byte) (ROUTER_ADDRESS_BASE[3] + (n & 0xff))
        };
        return byAddress(bytes);
    }

    private static InetAddress loopback() {
        return byAddress(new byte[] {127, 0, 0, 1});
    }

    private static InetAddress anyAddress() {
        return byAddress(new byte[] {0, 0, 0, 0});
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
