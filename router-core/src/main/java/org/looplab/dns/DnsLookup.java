package org.looplab.dns;

import java.util.List;
import org.looplab.dataplane.DataPlane;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.UdpDatagram;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;

/**
 * One name lookup as IOS's resolver makes it: a query to UDP port 53 of each name server in turn (none
 * configured: the limited broadcast 255.255.255.255, out of every interface that is up), each sent once and
 * again {@link #RETRIES} times, {@link #TIMEOUT_NANOS} apart ({@code ip domain timeout 3}, {@code ip domain
 * retry 2}). The lab has no DNS server, so a lookup ends unanswered after the last server's last timeout; an
 * ICMP error coming back changes nothing, as a resolver's unconnected UDP socket never hears of it. Kernel
 * thread only.
 */
public final class DnsLookup {
    public static final int PORT = 53;
    public static final long TIMEOUT_NANOS = 3_000_000_000L;
    public static final int RETRIES = 2;
    private static final Ipv4Address BROADCAST = new Ipv4Address(-1);

    private final Router router;
    private final DataPlane dataPlane;
    private final List<Ipv4Address> servers;
    private final Runnable onUnanswered;
    private final int identifier;
    private int server;
    private int attempt;
    private SimEvent timeout;
    private boolean finished;

    private DnsLookup(Router router, Runnable onUnanswered) {
        this.router = router;
        this.dataPlane = router.lab().dataPlane();
        this.servers = serversOf(router);
        this.onUnanswered = onUnanswered;
        this.identifier = dataPlane.allocateIdentifier();
    }

    /**
     * Starts a lookup; {@code onUnanswered} runs when the last server has had its tries. Answers are not read:
     * no DNS server exists in a lab.
     */
    public static DnsLookup start(Router router, Runnable onUnanswered) {
        DnsLookup lookup = new DnsLookup(router, onUnanswered);
        lookup.send();
        return lookup;
    }

    /** The servers asked, in order: 255.255.255.255 when none is configured. */
    public static List<Ipv4Address> serversOf(Router router) {
        List<Ipv4Address> configured = HostTable.of(router).servers();
        return configured.isEmpty() ? List.of(BROADCAST) : configured;
    }

    /** Ctrl-Shift-6: no further query, no result. */
    public void abort() {
        if (!finished) {
            finished = true;
            cancelTimeout();
        }
    }

    private void send() {
        Ipv4Address destination = servers.get(server);
        UdpDatagram query = new UdpDatagram(identifier, PORT);
        if (destination.equals(BROADCAST)) {
            for (Interface out : router.interfaces()) {
                if (out.address() != null && out.isProtocolUp() && !out.isLoopback()) {
                    dataPlane.sendOnLink(router, out, BROADCAST, query);
                }
            }
        } else {
            dataPlane.originate(router, null, destination, Ipv4Packet.DEFAULT_TTL, query);
        }
        timeout = router.kernel().schedule(TIMEOUT_NANOS, this::timedOut);
    }

    private void timedOut() {
        timeout = null;
        if (++attempt <= RETRIES) {
            send();
        } else {
            nextServer();
        }
    }

    private void nextServer() {
        attempt = 0;
        if (++server < servers.size()) {
            send();
            return;
        }
        abort();
        onUnanswered.run();
    }

    private void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel();
            timeout = null;
        }
    }
}
