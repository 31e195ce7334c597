package org.looplab.router;

import java.util.HashMap;
import java.util.Map;

/**
 * GRE keepalives as IOS sends them ("How GRE Keepalives Work", Cisco): every period the router sends through
 * the tunnel a GRE packet addressed back to itself, which the far end decapsulates and routes home as any
 * packet. Each one sent counts as outstanding; a reply (any keepalive coming back) clears the count. When
 * {@code retries} are outstanding at the next period the line protocol goes down; keepalives go on, and the
 * first reply brings it back up. All on the virtual clock.
 */
final class TunnelKeepalives {
    private static final long SECOND = 1_000_000_000L;

    private final Router router;
    /** Per tunnel with keepalives running: how many went unanswered, and whether that took it down. */
    private final Map<InterfaceName, State> running = new HashMap<>();

    private static final class State {
        int outstanding;
        boolean failed;
    }

    TunnelKeepalives(Router router) {
        this.router = router;
    }

    /** Starts the tunnel's keepalive timer when it has just been configured; a running one follows the new period. */
    void configured(Interface tunnel) {
        TunnelKeepalive keepalive = tunnel.tunnel().keepalive();
        if (keepalive != null && !running.containsKey(tunnel.name())) {
            running.put(tunnel.name(), new State());
            router.kernel().schedule(keepalive.periodSeconds() * SECOND, () -> tick(tunnel.name()));
        }
    }

    /** True when unanswered keepalives hold the tunnel's line protocol down. */
    boolean failed(Interface tunnel) {
        State state = running.get(tunnel.name());
        return state != null && state.failed;
    }

    /** A keepalive came back through the tunnel: the far end is there. */
    void answered(Interface tunnel) {
        State state = running.get(tunnel.name());
        if (state == null) {
            return;
        }
        state.outstanding = 0;
        if (state.failed) {
            state.failed = false;
            router.refresh(tunnel);
        }
    }

    private void tick(InterfaceName name) {
        Interface tunnel = router.interfaceNamed(name);
        State state = running.get(name);
        TunnelKeepalive keepalive = tunnel == null ? null : tunnel.tunnel().keepalive();
        if (keepalive == null) {
            running.remove(name);
            if (tunnel != null && state.failed) {
                router.refresh(tunnel);
            }
            return;
        }
        if (tunnel.isShutdown() || !router.isPoweredOn() || tunnel.tunnel().mode() != TunnelMode.GRE_IP) {
            // A shut tunnel sends nothing and forgets what it was waiting for; keepalives are point-to-point GRE's.
            boolean wasFailed = state.failed;
            state.outstanding = 0;
            state.failed = false;
            if (wasFailed) {
                router.refresh(tunnel);
            }
        } else {
            if (state.outstanding >= keepalive.retries() && !state.failed) {
                state.failed = true;
                router.refresh(tunnel);
            }
            state.outstanding++;
            router.lab().dataPlane().sendTunnelKeepalive(router, tunnel);
        }
        router.kernel().schedule(keepalive.periodSeconds() * SECOND, () -> tick(name));
    }
}
