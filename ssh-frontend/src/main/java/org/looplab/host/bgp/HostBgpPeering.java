package org.looplab.host.bgp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.NeighborSetting;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpListener;
import org.looplab.tcp.TcpStack;
import org.looplab.topology.ExternalPeer;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyNode;

/**
 * Real BGP-4 between the lab and speakers on the host. Each {@code external} node of the topology has a
 * stand-in in the lab (its interface on its one link, a default route, a TCP stack); a session between a
 * router and the external node is a simulated TCP connection between the router and the stand-in,
 * carried hop by hop through the lab's data plane like any other, and spliced at the stand-in to a real
 * TCP connection with the daemon on the host ({@link SocketRelay}). So the router's side is its ordinary
 * PeerFsm and codec; a cable pulled inside the lab is retransmitted across as OSPF reroutes; and the
 * daemon speaks to real sockets on 127/8.
 *
 * <p>Both directions open: a router's active open to the external node's lab address arrives at the
 * stand-in's listener (port 179), which connects to the daemon from that router's host address; the
 * daemon's active open to a router's BGP endpoint (router N: 127.1.0.N:179 with an address per router,
 * 1179 when 179 may not be bound; else 127.0.0.1:{@value #DEFAULT_BASE_PORT} + N - 1) is accepted there
 * when it comes from an external node's address, and the stand-in opens a simulated connection to the
 * address that router uses toward the node (its update-source, else its outgoing interface's).
 */
public final class HostBgpPeering implements AutoCloseable {
    public static final int STANDARD_PORT = 179;
    public static final int FALLBACK_PORT = 1179;
    public static final int DEFAULT_BASE_PORT = 17901;

    /** An external node's stand-in and where its daemon is. */
    record Peer(String name, Router standIn, Ipv4Address labAddress, InetSocketAddress host) {
    }

    private final Lab lab;
    private final List<Peer> peers;
    private final Map<Router, InetSocketAddress> endpoints;
    private final Map<Router, InetAddress> sources;
    private final Consumer<String> notices;
    private final List<ServerSocketChannel> servers = new ArrayList<>();
    private final List<SocketRelay> relays = new CopyOnWriteArrayList<>();
    private final List<TcpListener> listeners = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private volatile boolean closed;

    private HostBgpPeering(Lab lab, List<Peer> peers, Map<Router, InetSocketAddress> endpoints,
            Map<Router, InetAddress> sources, Consumer<String> notices) {
        this.lab = lab;
        this.peers = peers;
        this.endpoints = endpoints;
        this.sources = sources;
        this.notices = notices;
    }

    /**
     * Starts peering for a running lab: nothing when the topology has no external node. {@code routerHosts}
     * is each router's host address (its SSH endpoint's, in the routers' order; the any address with
     * --bind-any); {@code bgpPort} is --bgp-port or null.
     */
    public static HostBgpPeering start(Lab lab, Topology topology, Map<Router, InetAddress> routerHosts,
            boolean addressPerRouter, Integer bgpPort, Consumer<String> notices) throws IOException {
        List<TopologyNode> externals = topology.nodes().stream().filter(TopologyNode::isExternal).toList();
        List<Peer> peers = lab.kernel().call(() -> {
            List<Peer> found = new ArrayList<>();
            for (TopologyNode node : externals) {
                ExternalPeer spec = node.external();
                found.add(new Peer(node.name(), lab.router(node.name()), Ipv4Address.parse(spec.labAddress()),
                        new InetSocketAddress(spec.hostAddress(), spec.hostPort())));
            }
            return found;
        });
        Map<Router, InetSocketAddress> endpoints = new LinkedHashMap<>();
        Map<Router, InetAddress> sources = new LinkedHashMap<>();
        if (!peers.isEmpty()) {
            List<Router> routers = new ArrayList<>(routerHosts.keySet());
            Integer port = bgpPort;
            if (addressPerRouter && port == null && !routers.isEmpty()) {
                port = mayBind(routerHosts.get(routers.get(0)), STANDARD_PORT) ? STANDARD_PORT : FALLBACK_PORT;
            }
            int base = bgpPort != null ? bgpPort : DEFAULT_BASE_PORT;
            for (int i = 0; i < routers.size(); i++) {
                Router router = routers.get(i);
                InetAddress host = routerHosts.get(router);
                int p = addressPerRouter ? port : base + i;
                if (p < 1 || p > 65535) {
                    throw new IllegalArgumentException("BGP ports from " + base + " for " + routers.size()
                            + " routers go beyond 65535");
                }
                endpoints.put(router, new InetSocketAddress(host, p));
                sources.put(router, host.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : host);
            }
        }
        HostBgpPeering peering = new HostBgpPeering(lab, peers, endpoints, sources, notices);
        if (!peers.isEmpty()) {
            peering.open();
        }
        return peering;
    }

    private void open() throws IOException {
        try {
            for (Map.Entry<Router, InetSocketAddress> entry : endpoints.entrySet()) {
                ServerSocketChannel server = ServerSocketChannel.open();
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                try {
                    server.bind(entry.getValue(), 64);
                } catch (IOException e) {
                    server.close();
                    throw new IOException("cannot listen for BGP at " + text(entry.getValue()) + ": " + SocketRelay.reason(e));
                }
                servers.add(server);
                Router router = entry.getKey();
                Thread acceptor = new Thread(() -> acceptLoop(router, server), "looplab-bgp-accept " + router.name());
                acceptor.setDaemon(true);
                acceptor.start();
            }
        } catch (IOException e) {
            close();
            throw e;
        }
        lab.kernel().call(() -> {
            for (Peer peer : peers) {
                listeners.add(TcpStack.of(peer.standIn()).listen(peer.labAddress(), STANDARD_PORT,
                        connection -> fromLab(peer, connection)));
            }
            int width = endpoints.keySet().stream().mapToInt(r -> r.name().length()).max().orElse(2);
            for (Peer peer : peers) {
                report.add(String.format("%-" + width + "s  BGP speaker on the host at %s, in the lab at %s (%s)",
                        peer.name(), text(peer.host()), peer.labAddress(), attachment(peer)));
            }
            endpoints.forEach((router, address) -> {
                if (peersOf(router).isEmpty()) {
                    return;
                }
                report.add(String.format("%-" + width + "s  bgp %s  (peers with %s from %s)", router.name(), text(address),
                        String.join(", ", peersOf(router)), sources.get(router).getHostAddress()));
            });
            report.add("looplab: BGP: a host speaker connects from its address to a router's bgp endpoint, and is "
                    + "connected to from the router's address (see topologies/host-peering/README.md)");
            return null;
        });
    }

    /** Kernel thread: the external nodes a router has a neighbor line for. */
    private List<String> peersOf(Router router) {
        List<String> names = new ArrayList<>();
        BgpSpeaker speaker = Bgp.of(router).speaker();
        if (speaker == null) {
            return names;
        }
        for (Peer peer : peers) {
            if (speaker.neighbor(peer.labAddress()) != null) {
                names.add(peer.name() + " " + peer.labAddress());
            }
        }
        return names;
    }

    private String attachment(Peer peer) {
        for (Interface ifc : peer.standIn().interfaces()) {
            if (ifc.address() != null && ifc.address().address().equals(peer.labAddress())) {
                return "on " + ifc.name().fullName();
            }
        }
        return "no interface";
    }

    // ---- a router opens a session toward an external node ----

    /** Kernel thread: the stand-in's listener got a SYN; the router behind its source address decides. */
    private TcpConnection.Handler fromLab(Peer peer, TcpConnection connection) {
        if (closed) {
            return null;
        }
        Router router = owner(connection.remoteAddress());
        InetAddress source = router == null ? null : sources.get(router);
        if (source == null) {
            return null; // not a router with a host address: refused, as a speaker refuses an unknown peer
        }
        connection.setTtl(255);
        SocketRelay relay = new SocketRelay(lab.kernel(), peer.name() + "<-" + router.name(), notices);
        relays.add(relay);
        return new TcpConnection.Handler() {
            @Override
            public void connected(TcpConnection c) {
                relay.connectToHost(new InetSocketAddress(source, 0), peer.host(), c);
            }

            @Override
            public void received(TcpConnection c, byte[] data) {
                relay.received(c, data);
            }

            @Override
            public void closed(TcpConnection c, org.looplab.tcp.TcpCloseReason reason) {
                relay.closed(c, reason);
                relays.remove(relay);
            }
        };
    }

    /** The router (not a stand-in) that has {@code address} on one of its interfaces. */
    private Router owner(Ipv4Address address) {
        for (Router router : endpoints.keySet()) {
            for (Interface ifc : router.interfaces()) {
                if (ifc.address() != null && ifc.address().address().equals(address)) {
                    return router;
                }
            }
        }
        return null;
    }

    // ---- a host daemon opens a session toward a router ----

    private void acceptLoop(Router router, ServerSocketChannel server) {
        while (!closed) {
            SocketChannel socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                InetSocketAddress remote = (InetSocketAddress) socket.getRemoteAddress();
                Peer peer = peers.stream().filter(p -> p.host().getAddress().equals(remote.getAddress())).findFirst()
                        .orElse(null);
                if (peer == null) {
                    // Not an external node's address: as a router refuses a SYN from an unknown neighbour.
                    socket.setOption(StandardSocketOptions.SO_LINGER, 0);
                    socket.close();
                    continue;
                }
                socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SocketRelay relay = new SocketRelay(lab.kernel(), peer.name() + "->" + router.name(), notices);
                relay.attach(socket);
                relays.add(relay);
                lab.kernel().submit(() -> {
                    toRouter(peer, router, relay, socket);
                    return null;
                }).whenComplete((done, failure) -> {
                    if (failure != null) {
                        // Never leave the daemon's connection open with nothing behind it (it would wait
                        // out its hold time in OpenSent): it hears the close and connects again.
                        relay.shutdown();
                        relays.remove(relay);
                    }
                });
            } catch (IOException e) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // gone
                }
            }
        }
    }

    /** Kernel thread: the stand-in opens the simulated half toward the address the router speaks from. */
    private void toRouter(Peer peer, Router router, SocketRelay relay, SocketChannel socket) {
        Ipv4Address target = routerAddressToward(router, peer.labAddress());
        if (target == null || closed) {
            relay.shutdown();
            relays.remove(relay);
            return;
        }
        TcpStack.of(peer.standIn()).connect(peer.labAddress(), target, STANDARD_PORT, 255, new TcpConnection.Handler() {
            @Override
            public void connected(TcpConnection c) {
                relay.connected(c);
            }

            @Override
            public void received(TcpConnection c, byte[] data) {
                relay.received(c, data);
            }

            @Override
            public void closed(TcpConnection c, org.looplab.tcp.TcpCloseReason reason) {
                relay.closed(c, reason);
                relays.remove(relay);
            }
        });
    }

    /**
     * The router's update-source address for the neighbor, else its outgoing interface's toward it, in the
     * table of the neighbor's VRF when an {@code address-family ipv4 vrf} has it (else the global one).
     */
    static Ipv4Address routerAddressToward(Router router, Ipv4Address neighborAddress) {
        Bgp bgp = Bgp.of(router);
        BgpNeighbor neighbor = bgp.speaker() == null ? null : bgp.speaker().neighbor(neighborAddress);
        String vrf = null;
        for (Bgp family : bgp.isRunning() && neighbor == null ? bgp.vrfs() : java.util.List.<Bgp>of()) {
            neighbor = family.speaker().neighbor(neighborAddress);
            if (neighbor != null) {
                vrf = family.vrfName();
                break;
            }
        }
        if (neighbor != null) {
            InterfaceName source = neighbor.config().effective(NeighborSetting.UPDATE_SOURCE, null);
            Interface ifc = source == null ? null : router.interfaceNamed(source);
            if (ifc != null && ifc.address() != null) {
                return ifc.address().address();
            }
        }
        return router.lab().dataPlane().sourceAddress(router, vrf, neighborAddress);
    }

    private static boolean mayBind(InetAddress address, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(InetSocketAddress address) {
        String host = address.getAddress().isAnyLocalAddress() ? "0.0.0.0" : address.getAddress().getHostAddress();
        return host + ":" + address.getPort();
    }

    /** Where router {@code router}'s BGP endpoint listens for host speakers, or null. */
    public InetSocketAddress endpoint(Router router) {
        return endpoints.get(router);
    }

    /** Lines for the start report: each external node, and each router that peers with one. */
    public List<String> report() {
        return report;
    }

    @Override
    public void close() {
        closed = true;
        for (ServerSocketChannel server : servers) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        relays.forEach(SocketRelay::shutdown);
    }
}
