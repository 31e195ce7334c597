package org.looplab.dataplane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Dot1qEncapsulation;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceCounters;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.routing.Adjacency;
import org.looplab.routing.FibEntry;

/**
 * The packets of one lab. A packet leaves a router through the FIB's adjacency, crosses the cable as a
 * kernel event after the link's delay, and is received, forwarded with its TTL decremented, or answered
 * by ICMP, hop by hop. Applications (ping, traceroute) bind to an identifier on a router and receive the
 * packets addressed to it; routing protocols (OSPF) and transport protocols (TCP) bind to their IP protocol
 * number. Everything runs on the kernel thread.
 */
public final class DataPlane {
    private final Lab lab;
    private final Map<Router, IcmpRateLimiter> unreachableLimits = new HashMap<>();
    private final Map<Router, Map<Integer, Consumer<Ipv4Packet>>> endpoints = new HashMap<>();
    private final List<Consumer<PacketTrace>> tracers = new ArrayList<>();
    private final Map<Router, Map<Integer, ProtocolReceiver>> protocols = new HashMap<>();
    private final Map<Integer, Function<Router, ? extends ProtocolReceiver>> protocolFactories = new HashMap<>(2);
    private final Map<Router, PacketFilter> filters = new HashMap<>();
    private final Map<Router, Map<String, LinkFrameReceiver>> linkReceivers = new HashMap<>();
    /** An Ethernet II header (two addresses and the EtherType); IOS's byte counters leave out the FCS. */
    static final int ETHERNET_HEADER_BYTES = 14;
    /** An ARP packet (28 bytes) in its Ethernet header, padded to the 60-byte minimum frame. */
    static final int ARP_FRAME_BYTES = 60;
    /** The 802.1Q tag a subinterface's frame carries between the addresses and the EtherType. */
    static final int DOT1Q_TAG_BYTES = 4;
    private int nextIdentifier = 1;
    private PacketDebugHook packetDebug = (router, event, in, out, gateway, packet) -> { };
    private final GreTunnels tunnels = new GreTunnels(this);

    public DataPlane(Lab lab) {
        this.lab = lab;
        bindProtocolEverywhere(GrePacket.PROTOCOL, tunnels::receiverOn);
        bindProtocolEverywhere(IpInIpPacket.PROTOCOL, tunnels::receiverOn);
    }

    public Lab lab() {
        return lab;
    }

    /** The router's interface filter (its access lists); null removes it. */
    public void setPacketFilter(Router router, PacketFilter filter) {
        if (filter == null) {
            filters.remove(router);
        } else {
            filters.put(router, filter);
        }
    }

    /** What {@code debug ip packet} and {@code debug ip icmp} print with. */
    public void setPacketDebug(PacketDebugHook hook) {
        packetDebug = hook;
    }

    /** Sees every send, receive, forward, delivery and drop. */
    public void addTracer(Consumer<PacketTrace> tracer) {
        tracers.add(tracer);
    }

    /** A fresh ICMP identifier / UDP source port, from a counter so that runs repeat exactly. */
    public int allocateIdentifier() {
        int identifier = nextIdentifier;
        nextIdentifier = nextIdentifier == 0xFFFF ? 1 : nextIdentifier + 1;
        return identifier;
    }

    /**
     * Receives, on {@code router}, echo replies with this identifier, UDP datagrams to this port, and ICMP
     * errors quoting a packet that carried it.
     */
    public void bind(Router router, int identifier, Consumer<Ipv4Packet> receiver) {
        endpoints.computeIfAbsent(router, r -> new HashMap<>()).put(identifier, receiver);
    }

    public void unbind(Router router, int identifier) {
        Map<Integer, Consumer<Ipv4Packet>> bound = endpoints.get(router);
        if (bound != null) {
            bound.remove(identifier);
        }
    }

    /** Receives, on {@code router}, the packets of an IP protocol (OSPF: 89) sent to it on a link. */
    public void bindProtocol(Router router, int protocol, ProtocolReceiver receiver) {
        protocols.computeIfAbsent(router, r -> new HashMap<>(2)).put(protocol, receiver);
    }

    /** Receives, on {@code router}, the frames of a link-layer protocol (CDP, LLDP) its neighbours send. */
    public void bindLinkProtocol(Router router, String protocol, LinkFrameReceiver receiver) {
        linkReceivers.computeIfAbsent(router, r -> new HashMap<>(2)).put(protocol, receiver);
    }

    /**
     * Sends a link-layer frame (to its protocol's multicast address) onto the cable of {@code out}; the far
     * end takes it when it runs the protocol there, else counts it as an unknown protocol drop, as IOS does
     * with CDP switched off. Returns false when the interface is down.
     */
    public boolean sendFrame(Interface out, LinkFrame frame) {
        Interface far = out.farEnd();
        if (!out.isProtocolUp() || far == null) {
            return false;
        }
        // Link-layer frames (CDP, LLDP) go untagged on the physical port and are taken by the far port.
        carry(out.port(), Dot1qEncapsulation.UNTAGGED, frame.bytes(), InterfaceCounters.Cast.MULTICAST, false, arrived -> {
            Interface farPort = arrived.port();
            Map<String, LinkFrameReceiver> bound = linkReceivers.get(farPort.router());
            LinkFrameReceiver receiver = bound == null ? null : bound.get(frame.protocol());
            if (receiver == null || !receiver.receive(farPort, frame)) {
                farPort.counters().droppedUnknownProtocol();
            }
        }, null);
        return true;
    }

    /**
     * Gives every router of the lab a receiver for an IP protocol, made by {@code factory} the first time
     * the router needs one: TCP, whose stack must answer on routers where no application opened it yet
     * (RST for a closed port). The first factory bound for a protocol stays.
     */
    public void bindProtocolEverywhere(int protocol, Function<Router, ? extends ProtocolReceiver> factory) {
        protocolFactories.putIfAbsent(protocol, factory);
    }

    /**
     * The receiver of an IP protocol on a router: the one bound to it, else one made now by the protocol's
     * factory ({@link #bindProtocolEverywhere}); null when neither exists.
     */
    public ProtocolReceiver protocolReceiver(Router router, int protocol) {
        Map<Integer, ProtocolReceiver> bound = protocols.get(router);
        ProtocolReceiver receiver = bound == null ? null : bound.get(protocol);
        if (receiver == null && protocolFactories.containsKey(protocol)) {
            receiver = protocolFactories.get(protocol).apply(router);
            bindProtocol(router, protocol, receiver);
        }
        return receiver;
    }

    /**
     * The source address a packet the router originates to {@code destination} gets when the application
     * names none: the outgoing interface's address (RFC 1812 4.2.2.1), or the destination itself when it
     * is one of the router's own or in 127/8. Null when the packet could not leave (no route, no address).
     */
    public Ipv4Address sourceAddress(Router router, Ipv4Address destination) {
        return sourceAddress(router, null, destination);
    }

    /** The same in a VRF's table (null: the global one). */
    public Ipv4Address sourceAddress(Router router, String vrf, Ipv4Address destination) {
        if (destination.isThisNetwork()) {
            return null;
        }
        if (destination.isLoopback()) {
            return destination;
        }
        FibEntry entry = router.fib(vrf).lookup(destination);
        if (entry == null) {
            return null;
        }
        Adjacency adjacency = entry.choose(flowHash(null, destination));
        if (adjacency.kind() == Adjacency.Kind.RECEIVE) {
            return destination;
        }
        Interface out = router.interfaceNamed(adjacency.outgoing());
        return out == null || out.address() == null ? null : out.address().address();
    }

    /**
     * Sends a packet straight onto the cable of {@code out}, with TTL 1 and the interface's address as
     * source, as routing protocols send to link-local multicast (224.0.0.5, 224.0.0.6) or to a neighbour on
     * the segment. Returns false when it cannot leave (interface down or without an address).
     */
    public boolean sendOnLink(Router router, Interface out, Ipv4Address destination, Payload payload) {
        if (out == null || out.address() == null || !out.isProtocolUp()) {
            return false;
        }
        Ipv4Packet packet = new Ipv4Packet(out.address().address(), destination, 1, payload);
        trace(router, "send", packet);
        debug(router, PacketDebugHook.Event.SENDING, null, out, null, packet);
        IpTraffic.of(router).sent(packet);
        if (out.isTunnel()) {
            return tunnels.encapsulate(router, out, packet);
        }
        Interface far = out.farEnd();
        if (far == null) {
            trace(router, "drop: interface down", packet);
            return false;
        }
        cross(router, out, packet);
        return true;
    }

    /**
     * Sends a packet the router originates. {@code source} may be null: the address of the outgoing
     * interface is used (RFC 1812 4.2.2.1). Returns false when the packet cannot leave the router at all
     * (no route, an unspecified destination, no usable source): IOS's "unroutable", which a ping shows as
     * a timeout.
     */
    public boolean originate(Router router, Ipv4Address source, Ipv4Address destination, int ttl, Payload payload) {
        return originate(router, null, source, destination, ttl, payload);
    }

    /** The same, routed by a VRF's table (null: the global one), as {@code ping vrf NAME} sends. */
    public boolean originate(Router router, String vrf, Ipv4Address source, Ipv4Address destination, int ttl,
                             Payload payload) {
        return originate(router, vrf, source, destination, ttl, payload, false);
    }

    /** The same, with the DF flag as {@code ping ... df-bit} sets it. */
    public boolean originate(Router router, String vrf, Ipv4Address source, Ipv4Address destination, int ttl,
                             Payload payload, boolean dontFragment) {
        if (destination.isThisNetwork()) {
            // 0.0.0.0/8 is "this host on this network": never a destination (RFC 1122 3.2.1.3).
            trace(router, "drop: unspecified destination", new Ipv4Packet(orAny(source), destination, ttl, payload));
            return false;
        }
        if (destination.isLoopback()) {
            // Host loopback: the datagram loops back inside the router, whatever its links (RFC 1122 3.2.1.3).
            Ipv4Packet packet = new Ipv4Packet(source != null ? source : destination, destination, ttl, payload);
            trace(router, "send", packet);
            IpTraffic.of(router).sent(packet);
            router.kernel().schedule(0, () -> deliverLocally(router, null, packet));
            return true;
        }
        FibEntry entry = router.fib(vrf).lookup(destination);
        if (entry == null) {
            Ipv4Packet unroutable = new Ipv4Packet(orAny(source), destination, ttl, payload);
            trace(router, "drop: unroutable", unroutable);
            debug(router, PacketDebugHook.Event.UNROUTABLE, null, null, null, unroutable);
            IpTraffic.of(router).noRoute++;
            return false;
        }
        Adjacency adjacency = entry.choose(flowHash(source, destination));
        if (adjacency.kind() == Adjacency.Kind.RECEIVE) {
            Ipv4Packet packet = new Ipv4Packet(source != null ? source : destination, destination, ttl, payload);
            trace(router, "send", packet);
            IpTraffic.of(router).sent(packet);
            router.kernel().schedule(0, () -> deliverLocally(router, null, packet));
            return true;
        }
        Interface out = router.interfaceNamed(adjacency.outgoing());
        Ipv4Address from = source;
        if (from == null) {
            if (out == null || out.address() == null) {
                trace(router, "drop: no source address", new Ipv4Packet(Ipv4Address.ANY, destination, ttl, payload));
                return false;
            }
            from = out.address().address();
        }
        Ipv4Packet packet = new Ipv4Packet(from, destination, ttl, payload, dontFragment);
        trace(router, "send", packet);
        debug(router, PacketDebugHook.Event.SENDING, null, out, null, packet);
        IpTraffic.of(router).sent(packet);
        if (adjacency.kind() == Adjacency.Kind.DROP) {
            trace(router, "drop: " + adjacency.outgoing().fullName(), packet);
            IpTraffic.of(router).forcedDrop++;
            return true;
        }
        transmit(router, null, out, adjacency.arpTarget(destination), packet);
        return true;
    }

    /** Sends a GRE keepalive through {@code tunnel} (see {@code TunnelKeepalives}). */
    public void sendTunnelKeepalive(Router router, Interface tunnel) {
        tunnels.sendKeepalive(router, tunnel);
    }

    /** A packet unwrapped from a tunnel: it arrives on the tunnel interface as from a cable. */
    void arriveOn(Router router, Interface tunnel, Ipv4Packet packet) {
        arrive(router, tunnel, packet);
    }

    /** A packet arriving from a cable on interface {@code in}. */
    private void arrive(Router router, Interface in, Ipv4Packet packet) {
        if (!tracers.isEmpty()) {
            trace(router, "receive " + in.name().shortName(), packet);
        }
        IpTraffic traffic = IpTraffic.of(router);
        traffic.arrived(packet);
        Ipv4Address destination = packet.destination();
        if (destination.isLoopback() || packet.source().isLoopback() || destination.isThisNetwork()) {
            // Martians: 127/8 and 0/8 never appear on a link, and a router must not forward them (RFC 1812 5.3.7).
            trace(router, "drop: martian", packet);
            return;
        }
        PacketFilter filter = filters.get(router);
        if (filter != null && !filter.permitsInbound(in, packet)) {
            trace(router, "drop: access list in on " + in.name().shortName(), packet);
            debug(router, PacketDebugHook.Event.ACCESS_DENIED, in, null, null, packet);
            refuse(router, in, packet);
            return;
        }
        if (packet.payload() instanceof ProtocolPayload) {
            // Routing protocol packets are link-local here: 224.0.0.0/24 is never forwarded (RFC 5771),
            // and unicast ones are sent to the neighbour's own address.
            if (isLinkLocalMulticast(destination) || (in.address() != null && in.address().address().equals(destination))) {
                ProtocolReceiver receiver = protocolReceiver(router, packet.protocol());
                if (receiver != null) {
                    trace(router, "deliver", packet);
                    debug(router, PacketDebugHook.Event.RECEIVED, in, null, null, packet);
                    traffic.delivered(packet);
                    receiver.receive(in, packet);
                    return;
                }
            }
            trace(router, "drop: protocol not running", packet);
            return;
        }
        if (destination.bits() == -1) {
            // A limited broadcast is for every host of the segment and never forwarded (RFC 1812 5.3.5.1).
            deliverLocally(router, in, packet);
            return;
        }
        // The table of the VRF the packet came in on (the global one outside any VRF).
        FibEntry entry = router.fib(in.vrf()).lookup(destination);
        Adjacency adjacency = entry == null ? null : entry.choose(flowHash(packet.source(), destination));
        if (adjacency != null && adjacency.kind() == Adjacency.Kind.RECEIVE) {
            deliverLocally(router, in, packet);
            return;
        }
        if (!router.isForwarding()) {
            trace(router, "drop: not forwarding (a host)", packet); // Linux with ip_forward=0 drops quietly
            traffic.notAGateway++;
            return;
        }
        // Forwarding: a packet whose TTL would reach zero is discarded with a time exceeded (RFC 1812 5.3.1).
        if (packet.ttl() <= 1) {
            trace(router, "drop: ttl exceeded", packet);
            traffic.badHopCount++;
            sendError(router, vrfOf(in), packet, IcmpType.TIME_EXCEEDED, IcmpType.CODE_TTL_EXCEEDED_IN_TRANSIT);
            return;
        }
        if (adjacency == null) {
            // No route at all, default included. RFC 1812 5.2.7.1 asks for network unreachable (code 0);
            // IOS sends host unreachable (code 1): "ICMP: dst (A) host unreachable sent to B", and
            // traceroute shows !H.
            trace(router, "drop: no route", packet);
            debug(router, PacketDebugHook.Event.UNROUTABLE, in, null, null, packet);
            traffic.noRoute++;
            if (in.sendsUnreachables()) {
                sendError(router, vrfOf(in), packet, IcmpType.DESTINATION_UNREACHABLE, IcmpType.CODE_HOST_UNREACHABLE);
            }
            return;
        }
        Ipv4Packet forwarded = packet.withTtl(packet.ttl() - 1);
        if (adjacency.kind() == Adjacency.Kind.DROP) {
            trace(router, "drop: " + adjacency.outgoing().fullName(), forwarded);
            traffic.forcedDrop++;
            // IOS's Null0 sends unreachables unless "no ip unreachables" is set on it.
            if (adjacency.outgoing().isNull()) {
                sendError(router, vrfOf(in), packet, IcmpType.DESTINATION_UNREACHABLE, IcmpType.CODE_HOST_UNREACHABLE);
            }
            return;
        }
        Interface out = router.interfaceNamed(adjacency.outgoing());
        if (filter != null && out != null && !filter.permitsOutbound(out, forwarded)) {
            trace(router, "drop: access list out on " + out.name().shortName(), forwarded);
            debug(router, PacketDebugHook.Event.ACCESS_DENIED, in, out, null, forwarded);
            refuse(router, in, packet);
            return;
        }
        trace(router, "forward " + adjacency.outgoing().shortName(), forwarded);
        Ipv4Address gateway = adjacency.arpTarget(destination);
        debug(router, PacketDebugHook.Event.FORWARD, in, out, gateway, forwarded);
        traffic.forwarded++;
        transmit(router, in, out, gateway, forwarded);
    }

    /**
     * A packet an access list refused: ICMP administratively prohibited (type 3 code 13) to its source,
     * which a ping shows as U, unless {@code no ip unreachables} is set on the interface it came in on.
     */
    private void refuse(Router router, Interface in, Ipv4Packet packet) {
        if (in.sendsUnreachables()) {
            sendError(router, vrfOf(in), packet, IcmpType.DESTINATION_UNREACHABLE, IcmpType.CODE_ADMINISTRATIVELY_PROHIBITED);
        }
    }

    /**
     * Puts a packet on the cable of {@code out}; it arrives after the link's delay if the cable still holds.
     * {@code in} is where it came in (null for the router's own), for {@code debug ip packet}.
     */
    private void transmit(Router router, Interface in, Interface out, Ipv4Address arpTarget, Ipv4Packet packet) {
        if (out == null || !out.isProtocolUp()) {
            trace(router, "drop: interface down", packet);
            return;
        }
        Ipv4Packet sized = fitToIpMtu(router, out, packet);
        if (sized == null) {
            return;
        }
        if (out.isTunnel()) {
            tunnels.encapsulate(router, out, sized); // point-to-point: no ARP inside a tunnel
            return;
        }
        Interface far = NeighborResolution.resolve(out, arpTarget);
        exchangeArp(router, out, arpTarget, far);
        if (far == null) {
            trace(router, "drop: arp failed for " + arpTarget, packet);
            debug(router, PacketDebugHook.Event.ENCAPSULATION_FAILED, in, out, null, packet);
            IpTraffic.of(router).encapsulationFailed++;
            return; // IOS: "encapsulation failed"
        }
        cross(router, out, sized);
    }

    /**
     * RFC 791 / RFC 1191 at the IP MTU of {@code out}: a bigger packet with DF set is dropped and its source
     * gets ICMP fragmentation needed (type 3 code 4, ping's M) and null comes back; without DF it is
     * fragmented ({@code show ip traffic} counts them) and travels on as fragments of at most the IP MTU.
     */
    private Ipv4Packet fitToIpMtu(Router router, Interface out, Ipv4Packet packet) {
        int mtu = out.ipMtu();
        if (packet.largestDatagram() <= mtu) {
            return packet;
        }
        IpTraffic traffic = IpTraffic.of(router);
        if (packet.dontFragment()) {
            traffic.couldNotFragment++;
            trace(router, "drop: DF set, over ip mtu " + mtu + " of " + out.name().shortName(), packet);
            sendError(router, vrfOf(out), packet, IcmpType.DESTINATION_UNREACHABLE, IcmpType.CODE_FRAGMENTATION_NEEDED);
            return null;
        }
        int dataPerFragment = (mtu - Ipv4Packet.HEADER_BYTES) / 8 * 8; // fragment offsets count 8-byte blocks
        int data = packet.length() - Ipv4Packet.HEADER_BYTES;
        traffic.fragmented++;
        traffic.fragments += (data + dataPerFragment - 1) / dataPerFragment;
        return packet.inFragmentsOf(Ipv4Packet.HEADER_BYTES + dataPerFragment);
    }

    /**
     * ARP for the next hop when the cache has no live entry: a broadcast request crosses the cable and, when
     * the far end answers (for its own address, or as proxy), a unicast reply comes back; both ends learn,
     * as RFC 826's merge has the target learn the asker. The exchange takes no virtual time here, so the
     * packet that caused it is not lost (IOS drops it: the first '.' of a ping), which keeps every lab's
     * timing as it was.
     */
    private void exchangeArp(Router router, Interface out, Ipv4Address target, Interface far) {
        long now = router.kernel().now();
        ArpCache cache = ArpCache.of(router);
        if (out.address() == null || cache.knows(out, target, now)) {
            return;
        }
        IpTraffic asker = IpTraffic.of(router);
        asker.arpRequestsSent++;
        out.counters().sent(now, ARP_FRAME_BYTES, InterfaceCounters.Cast.BROADCAST);
        Interface cabled = out.farEnd();
        if (cabled == null || !cabled.isProtocolUp()) {
            return;
        }
        IpTraffic answerer = IpTraffic.of(cabled.router());
        answerer.arpRequestsReceived++;
        cabled.counters().received(now, ARP_FRAME_BYTES, InterfaceCounters.Cast.BROADCAST, false);
        if (far == null) {
            return;
        }
        if (far.hasAddress(target)) {
            ArpCache.of(far.router()).learn(far, out.address().address(), out.macAddress(), now);
        } else {
            answerer.arpProxyRepliesSent++;
        }
        answerer.arpRepliesSent++;
        far.counters().sent(now, ARP_FRAME_BYTES, InterfaceCounters.Cast.UNICAST);
        asker.arpRepliesReceived++;
        out.counters().received(now, ARP_FRAME_BYTES, InterfaceCounters.Cast.UNICAST, false);
        cache.learn(out, target, far.macAddress(), now);
    }

    /** An IP packet onto the cable of {@code out}: tagged with its VLAN unless untagged (4 more bytes). */
    private void cross(Router router, Interface out, Ipv4Packet packet) {
        int tag = out.frameTag();
        int bytes = packet.length() + ETHERNET_HEADER_BYTES + (tag == Dot1qEncapsulation.UNTAGGED ? 0 : DOT1Q_TAG_BYTES);
        carry(out, tag, bytes, castOf(packet.destination(), out), packet.destination().isMulticast(),
                far -> arrive(far.router(), far, packet), packet);
    }

    /**
     * Any frame crossing the cable of {@code out}'s port (a subinterface's parent) with VLAN {@code tag}:
     * counted out now; after the link's delay, if the cable still holds and the link's impairments (loss,
     * black hole, one-way failure) spare it, the far port hands it to its interface of that VLAN
     * ({@link Interface#receiverOf}), which counts it in and gets it through {@code arrival}; with none
     * there, the frame is dropped. {@code packet} is the IP packet inside, for traces (null for a link-layer
     * frame).
     */
    private void carry(Interface out, int tag, int bytes, InterfaceCounters.Cast cast, boolean ipMulticast,
                       Consumer<Interface> arrival, Ipv4Packet packet) {
        Router router = out.router();
        Interface port = out.port();
        Link link = port.link();
        Interface farPort = link.otherEnd(port);
        long now = router.kernel().now();
        out.counters().sent(now, bytes, cast);
        if (port != out) {
            port.counters().sent(now, bytes, cast); // the port counts every frame on its cable
        }
        router.kernel().schedule(link.frameDelayNanos(router.kernel().random()), () -> {
            Interface far = farPort.receiverOf(tag);
            if (!link.isConnected() || far == null || !far.isProtocolUp()) {
                traceIfPacket(farPort.router(), far == null ? "drop: no interface for VLAN " + tag : "drop: lost on the link", packet);
                return;
            }
            if (link.isImpaired() && link.loses(port, router.kernel().random())) {
                traceIfPacket(far.router(), "drop: lost on the impaired link", packet);
                return;
            }
            long then = far.router().kernel().now();
            far.counters().received(then, bytes, cast, ipMulticast);
            if (farPort != far) {
                farPort.counters().received(then, bytes, cast, ipMulticast);
            }
            arrival.accept(far);
        });
    }

    private void traceIfPacket(Router router, String event, Ipv4Packet packet) {
        if (packet != null) {
            trace(router, event, packet);
        }
    }

    /** A packet for one of the router's own addresses; {@code in} is null when the router sent it to itself. */
    private void deliverLocally(Router router, Interface in, Ipv4Packet packet) {
        trace(router, "deliver", packet);
        if (in != null) {
            debug(router, PacketDebugHook.Event.RECEIVED, in, null, null, packet);
        }
        IpTraffic traffic = IpTraffic.of(router);
        if (in == null) {
            traffic.arrived(packet); // sent to itself: through IP input all the same
        }
        traffic.delivered(packet);
        if (packet.payload() instanceof IcmpMessage icmp) {
            switch (icmp.type()) {
                // Echo replies come from the address that was pinged (RFC 1122 3.2.2.6).
                // Linux answers with its default TTL 64 (net.ipv4.ip_default_ttl), IOS with 255.
                case ECHO_REQUEST -> originate(router, vrfOf(in), packet.destination(), packet.source(),
                        router.isEndHost() ? 64 : Ipv4Packet.DEFAULT_TTL, IcmpMessage.echoReply(icmp));
                case ECHO_REPLY -> dispatch(router, icmp.identifier(), packet);
                case DESTINATION_UNREACHABLE, TIME_EXCEEDED -> {
                    ProtocolReceiver transport = transportOf(router, icmp.quoted());
                    if (transport != null) {
                        transport.receive(in, packet);
                    } else {
                        dispatch(router, quotedIdentifier(icmp.quoted()), packet);
                    }
                }
            }
            return;
        }
        if (packet.payload() instanceof TransportPayload) {
            ProtocolReceiver transport = protocolReceiver(router, packet.protocol());
            if (transport != null) {
                transport.receive(in, packet);
            } else {
                // No such transport protocol on this router (RFC 1122 3.2.2.1).
                traffic.unknownProtocol++;
                sendError(router, vrfOf(in), packet, IcmpType.DESTINATION_UNREACHABLE, IcmpType.CODE_PROTOCOL_UNREACHABLE);
            }
            return;
        }
        if (!(packet.payload() instanceof UdpDatagram udp)) {
            return; // a routing protocol's packet that was not sent on a link: nobody listens here
        }
        Map<Integer, Consumer<Ipv4Packet>> bound = endpoints.get(router);
        if (bound != null && bound.containsKey(udp.destinationPort())) {
            bound.get(udp.destinationPort()).accept(packet);
            return;
        }
        // A closed port: port unreachable, which is how traceroute knows it has arrived (RFC 1122 4.1.3.1).
        traffic.udpNoPort++;
        sendError(router, vrfOf(in), packet, IcmpType.DESTINATION_UNREACHABLE, IcmpType.CODE_PORT_UNREACHABLE);
    }

    /** The transport protocol's receiver for an ICMP error quoting one of its segments, else null. */
    private ProtocolReceiver transportOf(Router router, Ipv4Packet quoted) {
        return quoted != null && quoted.payload() instanceof TransportPayload
                ? protocolReceiver(router, quoted.protocol()) : null;
    }

    private static int quotedIdentifier(Ipv4Packet quoted) {
        if (quoted == null) {
            return -1;
        }
        if (quoted.payload() instanceof IcmpMessage icmp) {
            return icmp.identifier();
        }
        return quoted.payload() instanceof UdpDatagram udp ? udp.sourcePort() : -1;
    }

    private void dispatch(Router router, int identifier, Ipv4Packet packet) {
        Map<Integer, Consumer<Ipv4Packet>> bound = endpoints.get(router);
        Consumer<Ipv4Packet> receiver = bound == null ? null : bound.get(identifier);
        if (receiver != null) {
            receiver.accept(packet);
        }
    }

    /** Answers an offending packet with an ICMP error, from the interface the error leaves by. */
    private static String vrfOf(Interface in) {
        return in == null ? null : in.vrf();
    }

    private void sendError(Router router, String vrf, Ipv4Packet offending, IcmpType type, int code) {
        IcmpMessage about = offending.icmp();
        if (about != null && about.type().isError()) {
            return; // never an error about an error (RFC 1122 3.2.2)
        }
        if (offending.destination().bits() == -1) {
            return; // nor about a datagram sent to a broadcast address (RFC 1122 3.2.2)
        }
        // IOS sends an unreachable at most every 500 ms; Linux's per-peer bucket lets a burst of six through.
        if (type == IcmpType.DESTINATION_UNREACHABLE && !router.isEndHost()
                && !unreachableLimits.computeIfAbsent(router, r -> new IcmpRateLimiter(IcmpRateLimiter.DEFAULT_INTERVAL_NANOS))
                        .allow(router.kernel().now())) {
            trace(router, "drop: unreachable rate-limited", offending);
            return;
        }
        originate(router, vrf, null, offending.source(), Ipv4Packet.DEFAULT_TTL, IcmpMessage.error(type, code, offending));
    }

    /**
     * Per-destination load sharing over equal-cost paths (CEF's default): a fixed function of the
     * addresses, so a flow keeps its path and runs repeat exactly.
     */
    static int flowHash(Ipv4Address source, Ipv4Address destination) {
        int h = (source == null ? 0 : source.bits()) * 0x9E3779B1 ^ destination.bits();
        return h ^ (h >>> 16);
    }

    /** How the frame carrying a datagram to {@code destination} is addressed on {@code out}'s segment. */
    static InterfaceCounters.Cast castOf(Ipv4Address destination, Interface out) {
        if (destination.isMulticast()) {
            return InterfaceCounters.Cast.MULTICAST;
        }
        boolean directed = out.address() != null && out.address().length() < 31
                && destination.equals(out.address().subnet().broadcast());
        return destination.bits() == -1 || directed ? InterfaceCounters.Cast.BROADCAST : InterfaceCounters.Cast.UNICAST;
    }

    /** 224.0.0.0/24, the local network control block (RFC 5771): never forwarded. */
    private static boolean isLinkLocalMulticast(Ipv4Address address) {
        return (address.bits() >>> 8) == 0xE00000;
    }

    private static Ipv4Address orAny(Ipv4Address source) {
        return source == null ? Ipv4Address.ANY : source;
    }

    /** Told only while the router debugs packets: one boolean when it does not. */
    private void debug(Router router, PacketDebugHook.Event event, Interface in, Interface out, Ipv4Address gateway,
                       Ipv4Packet packet) {
        if (router.debugging().watchesPackets()) {
            packetDebug.report(router, event, in, out, gateway, packet);
        }
    }

    void trace(Router router, String event, Ipv4Packet packet) {
        if (tracers.isEmpty()) {
            return;
        }
        PacketTrace record = new PacketTrace(router.kernel().now(), router.name(), event, packet);
        for (Consumer<PacketTrace> tracer : List.copyOf(tracers)) {
            tracer.accept(record);
        }
    }
}
