package org.looplab.tcp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.looplab.dataplane.DataPlane;
import org.looplab.dataplane.IcmpMessage;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.ProtocolReceiver;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.routing.Adjacency;
import org.looplab.routing.FibEntry;
import org.looplab.sim.Kernel;

/**
 * A router's TCP: its listeners, its connections, its MD5 keys. Bound to the data plane for IP protocol 6
 * on every router of the lab as soon as one router uses TCP, so that a router where nothing listens answers
 * a SYN with a RST. Segments reach it hop by hop through the FIBs; it finds their connection by the
 * address and port pairs and hands them over. Kernel thread only.
 */
public final class TcpStack implements ProtocolReceiver {
    /** IOS picks the local port of an active open at random above 11000 (BGP's "Local port: 39443"). */
    static final int FIRST_EPHEMERAL_PORT = 11000;

    private final Router router;
    private final DataPlane dataPlane;
    private final Map<ConnectionKey, TcpConnection> connections = new LinkedHashMap<>();
    private final List<Listening> listeners = new ArrayList<>();
    private final Map<Peer, byte[]> md5Keys = new HashMap<>();
    private long badAuthentications;
    private long icmpErrorsIgnored;
    private long resetsSent;

    private TcpStack(Router router) {
        this.router = router;
        this.dataPlane = router.lab().dataPlane();
        router.addPowerLossListener(this::powerLost);
    }

    /**
     * Power gone: every connection is forgotten. Its RST cannot leave a router without interfaces, so the
     * peers learn only when their next segment is answered by a RST after the boot, or from their timers.
     */
    private void powerLost() {
        for (TcpConnection connection : List.copyOf(connections.values())) {
            connection.abort();
        }
    }

    /** The router's stack, created (and TCP bound on every router of the lab) on first use. */
    public static TcpStack of(Router router) {
        DataPlane dataPlane = router.lab().dataPlane();
        dataPlane.bindProtocolEverywhere(Ipv4Packet.PROTOCOL_TCP, TcpStack::new);
        return (TcpStack) dataPlane.protocolReceiver(router, Ipv4Packet.PROTOCOL_TCP);
    }

    public Router router() {
        return router;
    }

    Kernel kernel() {
        return router.kernel();
    }

    /**
     * Passive open on {@code port}; {@code localAddress} null listens on every address of the router. A
     * listener on the address itself wins over one on every address.
     */
    public TcpListener listen(Ipv4Address localAddress, int port, TcpListener.AcceptHandler onAccept) {
        return listen(null, localAddress, port, onAccept);
    }

    /**
     * The same in a VRF (null: the global table): it hears only segments that arrive on the VRF's
     * interfaces, as a socket bound in a VRF (IOS's BGP of {@code address-family ipv4 vrf NAME}).
     */
    public TcpListener listen(String vrf, Ipv4Address localAddress, int port, TcpListener.AcceptHandler onAccept) {
        checkPort(port);
        for (Listening existing : listeners) {
            if (existing.port == port && Objects.equals(existing.address, localAddress) && Objects.equals(existing.vrf, vrf)) {
                throw new IllegalStateException("port " + port + " already has a listener on "
                        + (localAddress == null ? "every address" : localAddress));
            }
        }
        Listening listener = new Listening(vrf, localAddress, port, onAccept);
        listeners.add(listener);
        return listener;
    }

    /**
     * Active open. {@code localAddress} null takes the address of the interface the FIB sends the SYN out of,
     * now (RFC 1812 4.2.2.1, as IOS); otherwise that address is the source (BGP's update-source). Every
     * segment leaves with IP TTL {@code ttl}. When the SYN cannot leave at all, the handler hears
     * {@link TcpCloseReason#NO_ROUTE} at once.
     */
    public TcpConnection connect(Ipv4Address localAddress, Ipv4Address remote, int remotePort, int ttl,
                                 TcpConnection.Handler handler) {
        return connect(null, localAddress, remote, remotePort, ttl, handler);
    }

    /** The same routed by a VRF's table (null: the global one). */
    public TcpConnection connect(String vrf, Ipv4Address localAddress, Ipv4Address remote, int remotePort, int ttl,
                                 TcpConnection.Handler handler) {
        checkPort(remotePort);
        Ipv4Address outgoing = vrfGone(vrf) ? null : dataPlane.sourceAddress(router, vrf, remote);
        Ipv4Address local = localAddress != null ? localAddress : outgoing != null ? outgoing : Ipv4Address.ANY;
        int localPort = ephemeralPort(vrf, local, remote, remotePort);
        TcpConnection connection = new TcpConnection(this, vrf, local, localPort, remote, remotePort, true, ttl,
                maxSegmentSizeTo(vrf, remote), handler);
        if (outgoing == null) {
            connection.failNoRoute();
            return connection;
        }
        connections.put(new ConnectionKey(vrf, local, localPort, remote, remotePort), connection);
        connection.open();
        return connection;
    }

    /** RFC 2385's key for every segment to and from {@code remote} (IOS's {@code neighbor A password}); null removes it. */
    public void setMd5Key(Ipv4Address remote, byte[] key) {
        setMd5Key(null, remote, key);
    }

    /** The same for a peer in a VRF (null: the global table). */
    public void setMd5Key(String vrf, Ipv4Address remote, byte[] key) {
        if (key == null) {
            md5Keys.remove(new Peer(vrf, remote));
        } else {
            md5Keys.put(new Peer(vrf, remote), key.clone());
        }
    }

    /** Open connections, in the order they were created (for {@code show tcp brief}). */
    public List<TcpConnection> connections() {
        return List.copyOf(connections.values());
    }

    /** A passive open: its address (null for every address of the router) and port. */
    public record ListeningEndpoint(Ipv4Address address, int port) {
    }

    /** The passive opens, in the order they were made ({@code show tcp brief all}). */
    public List<ListeningEndpoint> listening() {
        List<ListeningEndpoint> all = new ArrayList<>(listeners.size());
        for (Listening listener : listeners) {
            all.add(new ListeningEndpoint(listener.address, listener.port));
        }
        return all;
    }

    /** Segments dropped for a missing, wrong or unexpected MD5 digest. */
    public long badAuthentications() {
        return badAuthentications;
    }

    /** ICMP errors about our segments: soft errors, ignored (RFC 1122 4.2.3.9). */
    public long icmpErrorsIgnored() {
        return icmpErrorsIgnored;
    }

    /** RSTs sent for segments that belonged to no connection. */
    public long resetsSent() {
        return resetsSent;
    }

    // ---- segments in ----

    @Override
    public void receive(Interface in, Ipv4Packet packet) {
        if (packet.payload() instanceof IcmpMessage) {
            // Unreachable and time exceeded are soft errors for TCP: the retransmissions carry on (RFC 1122 4.2.3.9).
            icmpErrorsIgnored++;
            return;
        }
        // The VRF of the interface it came in on; one the router sent itself belongs to the global table.
        String vrf = in == null ? null : in.vrf();
        if (!(packet.payload() instanceof TcpSegment segment) || !authentic(vrf, packet, segment)) {
            return;
        }
        TcpConnection connection = connections.get(new ConnectionKey(vrf, packet.destination(), segment.destinationPort(),
                packet.source(), segment.sourcePort()));
        if (connection != null) {
            connection.segmentArrived(segment);
            return;
        }
        Listening listener = segment.has(TcpSegment.SYN) && !segment.has(TcpSegment.ACK) && !segment.has(TcpSegment.RST)
                ? listenerFor(vrf, packet.destination(), segment.destinationPort()) : null;
        if (listener != null) {
            accept(vrf, listener, packet, segment);
        } else {
            reset(vrf, packet.destination(), packet.source(), segment);
        }
    }

    /** A SYN on a listening port: a connection in SYN_RCVD, answered from the address it was sent to. */
    private void accept(String vrf, Listening listener, Ipv4Packet packet, TcpSegment syn) {
        TcpConnection connection = new TcpConnection(this, vrf, packet.destination(), syn.destinationPort(),
                packet.source(), syn.sourcePort(), false, Ipv4Packet.DEFAULT_TTL,
                maxSegmentSizeTo(vrf, packet.source()), null);
        connection.synReceived(syn);
        TcpConnection.Handler handler = listener.onAccept.accepted(connection);
        if (handler == null) {
            reset(vrf, packet.destination(), packet.source(), syn);
            return;
        }
        connections.put(new ConnectionKey(vrf, packet.destination(), syn.destinationPort(), packet.source(),
                syn.sourcePort()), connection);
        connection.accept(handler);
    }

    /**
     * RFC 2385 3.0: with a key for the peer every segment must carry its digest; without one, none may.
     * A failing segment is dropped without an answer and logged as IOS does.
     */
    private boolean authentic(String vrf, Ipv4Packet packet, TcpSegment segment) {
        byte[] key = md5Keys.get(new Peer(vrf, packet.source()));
        String problem;
        if (key == null) {
            problem = segment.md5Digest() == null ? null : "Unexpected";
        } else if (segment.md5Digest() == null) {
            problem = "No";
        } else {
            problem = Md5Signature.verify(packet.source(), packet.destination(), segment, key) ? null : "Invalid";
        }
        if (problem == null) {
            return true;
        }
        badAuthentications++;
        router.log("%TCP-6-BADAUTH: " + problem + " MD5 digest from " + packet.source() + "("
                + segment.sourcePort() + ") to " + packet.destination() + "(" + segment.destinationPort()
                + ") tableid - 0");
        return false;
    }

    private Listening listenerFor(String vrf, Ipv4Address address, int port) {
        Listening any = null;
        for (Listening listener : listeners) {
            if (listener.port == port && Objects.equals(listener.vrf, vrf)) {
                if (address.equals(listener.address)) {
                    return listener;
                }
                if (listener.address == null) {
                    any = listener;
                }
            }
        }
        return any;
    }

    // ---- segments out ----

    /** Sends a connection's segment, signed when the peer has a key; returns the segment as it left. */
    TcpSegment transmit(TcpConnection connection, TcpSegment segment) {
        return transmit(connection.vrf(), connection.localAddress(), connection.remoteAddress(), connection.ttl(), segment);
    }

    private TcpSegment transmit(String vrf, Ipv4Address local, Ipv4Address remote, int ttl, TcpSegment segment) {
        byte[] key = md5Keys.get(new Peer(vrf, remote));
        TcpSegment wire = key == null ? segment : Md5Signature.sign(local, remote, segment, key);
        if (!vrfGone(vrf)) {
            dataPlane.originate(router, vrf, local, remote, ttl, wire); // a segment that cannot leave is lost
        }
        return wire;
    }

    /** A RST answering a segment that does not belong to {@code connection}'s state (RFC 9293 3.10.7.3-4). */
    void reset(TcpConnection connection, TcpSegment offending) {
        reset(connection.vrf(), connection.localAddress(), connection.remoteAddress(), offending);
    }

    /** The RST for a segment no connection takes (RFC 9293 3.10.7.1); a RST is never answered. */
    private void reset(String vrf, Ipv4Address local, Ipv4Address remote, TcpSegment offending) {
        if (offending.has(TcpSegment.RST)) {
            return;
        }
        TcpSegment rst = offending.has(TcpSegment.ACK)
                ? TcpSegment.of(offending.destinationPort(), offending.sourcePort(), offending.acknowledgment(), 0,
                        TcpSegment.RST, 0, null)
                : TcpSegment.of(offending.destinationPort(), offending.sourcePort(), 0,
                        offending.sequence() + offending.sequenceLength(), TcpSegment.RST | TcpSegment.ACK, 0, null);
        resetsSent++;
        transmit(vrf, local, remote, Ipv4Packet.DEFAULT_TTL, rst);
    }

    void forget(TcpConnection connection) {
        connections.remove(new ConnectionKey(connection.vrf(), connection.localAddress(), connection.localPort(),
                connection.remoteAddress(), connection.remotePort()), connection);
    }

    /** 1460 to a peer on a connected subnet, else 536: IOS's classic choice without path MTU discovery. */
    private int maxSegmentSizeTo(String vrf, Ipv4Address remote) {
        FibEntry entry = remote.isLoopback() || vrfGone(vrf) ? null : router.fib(vrf).lookup(remote);
        boolean onLink = entry != null && entry.choose(0).kind() == Adjacency.Kind.ATTACHED;
        return onLink ? TcpConnection.MSS_CONNECTED : TcpConnection.MSS_DEFAULT;
    }

    /** A random free port from 11000 up, from the kernel's seeded generator so that runs repeat. */
    private int ephemeralPort(String vrf, Ipv4Address local, Ipv4Address remote, int remotePort) {
        while (true) {
            int port = FIRST_EPHEMERAL_PORT + kernel().random().nextInt(65536 - FIRST_EPHEMERAL_PORT);
            boolean listened = listeners.stream().anyMatch(listener -> listener.port == port);
            if (!listened && !connections.containsKey(new ConnectionKey(vrf, local, port, remote, remotePort))) {
                return port;
            }
        }
    }

    /** A connection's VRF was removed ({@code no vrf definition}): nothing it sends can leave. */
    private boolean vrfGone(String vrf) {
        return vrf != null && !router.hasVrf(vrf);
    }

    private static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** The four numbers that name a connection on this router, in its VRF (null: the global table). */
    private record ConnectionKey(String vrf, Ipv4Address local, int localPort, Ipv4Address remote, int remotePort) {
    }

    /** A peer's address in a VRF (null: the global table): the same address may be two peers. */
    private record Peer(String vrf, Ipv4Address address) {
    }

    private final class Listening implements TcpListener {
        private final String vrf;
        private final Ipv4Address address;
        private final int port;
        private final AcceptHandler onAccept;

        Listening(String vrf, Ipv4Address address, int port, AcceptHandler onAccept) {
            this.vrf = vrf;
            this.address = address;
            this.port = port;
            this.onAccept = onAccept;
        }

        @Override
        public void close() {
            listeners.remove(this);
        }
    }
}
