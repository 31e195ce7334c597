package org.looplab.dataplane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;

/**
 * One {@code traceroute} run on the virtual clock, as IOS runs it: UDP probes to ports from 33434 up, with
 * TTL 1, 2, 3..., three per hop, one at a time, each waiting for an ICMP answer or the timeout. A router
 * where the TTL runs out answers "time exceeded"; the destination answers "port unreachable", which ends
 * the trace after that hop (as does a hop whose probes all come back unreachable, or the maximum TTL).
 */
public final class TracerouteSession {
    /** IOS's defaults: probe count 3, timeout 3 seconds, maximum TTL 30, port 33434. */
    public static final int DEFAULT_PROBES = 3;
    public static final long DEFAULT_TIMEOUT_NANOS = 3_000_000_000L;
    public static final int DEFAULT_MAX_TTL = 30;
    public static final int FIRST_PORT = 33434;

    private final Router router;
    private final DataPlane dataPlane;
    private final Ipv4Address destination;
    private final Ipv4Address source;
    private final int maxTtl;
    private final int probesPerHop;
    private final long timeoutNanos;
    private final Consumer<TracerouteHop> onHop;
    /** Hears the hop under way as each of its probes is sent first and as each ends (IOS prints each at once). */
    private Consumer<TracerouteHop> onProbe = partial -> { };
    private final Consumer<List<TracerouteHop>> onDone;
    private final int identifier;
    private final List<TracerouteHop> hops = new ArrayList<>();
    private final List<TracerouteProbe> current = new ArrayList<>();
    private int ttl;
    private int probeNumber;
    private long sentAtNanos;
    private SimEvent timeout;
    private boolean finished;
    /** The VRF whose table routes the probes ({@code traceroute vrf NAME}), or null for the global table. */
    private String vrf;

    private TracerouteSession(Router router, Ipv4Address destination, Ipv4Address source, int minTtl, int maxTtl,
                              int probesPerHop, long timeoutNanos, Consumer<TracerouteHop> onHop,
                              Consumer<List<TracerouteHop>> onDone) {
        this.ttl = minTtl;
        this.router = router;
        this.dataPlane = router.lab().dataPlane();
        this.destination = destination;
        this.source = source;
        this.maxTtl = maxTtl;
        this.probesPerHop = probesPerHop;
        this.timeoutNanos = timeoutNanos;
        this.onHop = onHop;
        this.onDone = onDone;
        this.identifier = dataPlane.allocateIdentifier();
    }

    /**
     * Starts a traceroute; {@code source} may be null. {@code onHop} hears each hop as it completes (one
     * line of output), {@code onDone} the whole trace. Kernel thread only.
     */
    public static TracerouteSession start(Router router, Ipv4Address destination, Ipv4Address source, int maxTtl,
                                          int probesPerHop, long timeoutNanos, Consumer<TracerouteHop> onHop,
                                          Consumer<List<TracerouteHop>> onDone) {
        return start(router, destination, source, 1, maxTtl, probesPerHop, timeoutNanos, onHop, onDone);
    }

    /** Same, starting at {@code minTtl} (IOS's {@code ttl MIN MAX}: the first hops are not probed). */
    public static TracerouteSession start(Router router, Ipv4Address destination, Ipv4Address source, int minTtl,
                                          int maxTtl, int probesPerHop, long timeoutNanos,
                                          Consumer<TracerouteHop> onHop, Consumer<List<TracerouteHop>> onDone) {
        return startInVrf(router, null, destination, source, minTtl, maxTtl, probesPerHop, timeoutNanos, onHop, onDone);
    }

    /** {@code traceroute vrf NAME ...}: the probes are routed by that VRF's table (null: the global one). */
    public static TracerouteSession startInVrf(Router router, String vrf, Ipv4Address destination, Ipv4Address source,
                                               int minTtl, int maxTtl, int probesPerHop, long timeoutNanos,
                                               Consumer<TracerouteHop> onHop, Consumer<List<TracerouteHop>> onDone) {
        if (maxTtl < 1 || maxTtl > 255 || minTtl < 1 || minTtl > maxTtl || probesPerHop < 1) {
            throw new IllegalArgumentException("ttl " + minTtl + "-" + maxTtl + ", probes " + probesPerHop);
        }
        TracerouteSession session = new TracerouteSession(router, destination, source, minTtl, maxTtl, probesPerHop,
                timeoutNanos, onHop, onDone);
        session.vrf = vrf;
        session.dataPlane.bind(router, session.identifier, session::receive);
        session.sendProbe();
        return session;
    }

    /** With IOS's defaults. */
    public static TracerouteSession start(Router router, Ipv4Address destination, Ipv4Address source,
                                          Consumer<TracerouteHop> onHop, Consumer<List<TracerouteHop>> onDone) {
        return start(router, destination, source, DEFAULT_MAX_TTL, DEFAULT_PROBES, DEFAULT_TIMEOUT_NANOS, onHop, onDone);
    }

    /**
     * Also tells {@code listener} the hop under way (its probes so far) when it starts and after each probe;
     * it hears the hop under way at once. Kernel thread only.
     */
    public void onProbe(Consumer<TracerouteHop> listener) {
        this.onProbe = listener;
        if (!finished) {
            listener.accept(new TracerouteHop(ttl, current));
        }
    }

    private int port() {
        return FIRST_PORT + probeNumber;
    }

    private void sendProbe() {
        if (current.isEmpty()) {
            onProbe.accept(new TracerouteHop(ttl, current));
        }
        sentAtNanos = router.kernel().now();
        int port = port();
        timeout = router.kernel().schedule(timeoutNanos, () -> answered(port, TracerouteProbe.timedOut()));
        dataPlane.originate(router, vrf, source, destination, ttl, new UdpDatagram(identifier, port));
    }

    private void receive(Ipv4Packet packet) {
        IcmpMessage icmp = packet.icmp();
        if (icmp == null || !icmp.type().isError() || icmp.quoted() == null
                || !(icmp.quoted().payload() instanceof UdpDatagram probe)) {
            return;
        }
        long rtt = router.kernel().now() - sentAtNanos;
        TracerouteProbe answer;
        if (icmp.type() == IcmpType.TIME_EXCEEDED) {
            answer = new TracerouteProbe(packet.source(), rtt, "", false);
        } else if (icmp.code() == IcmpType.CODE_PORT_UNREACHABLE) {
            answer = new TracerouteProbe(packet.source(), rtt, "", true);
        } else {
            String annotation = icmp.code() == IcmpType.CODE_NET_UNREACHABLE ? "!N" : "!H";
            answer = new TracerouteProbe(packet.source(), rtt, annotation, false);
        }
        answered(probe.destinationPort(), answer);
    }

    /** A probe ended; late answers to a probe that already timed out are ignored. */
    private void answered(int port, TracerouteProbe answer) {
        if (finished || port != port()) {
            return;
        }
        timeout.cancel();
        current.add(answer);
        probeNumber++;
        onProbe.accept(new TracerouteHop(ttl, current));
        if (current.size() < probesPerHop) {
            sendProbe();
            return;
        }
        TracerouteHop hop = new TracerouteHop(ttl, current);
        current.clear();
        hops.add(hop);
        onHop.accept(hop);
        if (hop.reachedDestination() || hop.allUnreachable() || ttl >= maxTtl) {
            finish();
            return;
        }
        ttl++;
        sendProbe();
    }

    /** Stops the trace now (IOS's escape sequence); the hops that completed are the result. Kernel thread. */
    public void abort() {
        if (finished) {
            return;
        }
        if (timeout != null) {
            timeout.cancel();
        }
        finish();
    }

    private void finish() {
        finished = true;
        dataPlane.unbind(router, identifier);
        onDone.accept(List.copyOf(hops));
    }
}
