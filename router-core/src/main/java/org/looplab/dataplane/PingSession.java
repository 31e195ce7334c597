package org.looplab.dataplane;

import java.util.function.Consumer;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;

/**
 * One {@code ping} run on the virtual clock, as IOS runs it: echoes go one at a time; the next leaves when
 * the reply (or an ICMP error) comes back or when the timeout expires. Each echo ends as {@code !} (reply,
 * with its round-trip time), {@code U} (destination unreachable), {@code M} (fragmentation needed and DF
 * set), {@code &} (time exceeded) or {@code .}
 * (nothing before the timeout, also when the router could not send it at all). The result arrives when
 * the last echo ends. Memory does not grow with the repeat count beyond IOS's one character per echo
 * (statistics are kept as echoes end; {@code repeat 2147483647} used to ask for a 16 GB array at once).
 */
public final class PingSession {
    /** IOS: "Sending 5, 100-byte ICMP Echos to A, timeout is 2 seconds". */
    public static final int DEFAULT_REPEAT = 5;
    public static final long DEFAULT_TIMEOUT_NANOS = 2_000_000_000L;
    public static final String INVALID_SOURCE = "% Invalid source address- IP address not on any of our up interfaces";

    private final Router router;
    private final DataPlane dataPlane;
    private final Ipv4Address destination;
    private final Ipv4Address source;
    private final long timeoutNanos;
    private final Consumer<Character> onEcho;
    private final Consumer<PingResult> onDone;
    private final int identifier;
    private final int repeat;
    private final PingResult.Statistics statistics = new PingResult.Statistics();
    private int sequence;
    private long sentAtNanos;
    private SimEvent timeout;
    private boolean finished;
    /** The VRF whose table routes the echoes ({@code ping vrf NAME}), or null for the global table. */
    private String vrf;
    /** Each echo's datagram ({@code size}) and DF flag ({@code df-bit}). */
    private int datagramBytes = IcmpMessage.DEFAULT_ECHO_BYTES;
    private boolean dontFragment;

    private PingSession(Router router, Ipv4Address destination, Ipv4Address source, int repeat, long timeoutNanos,
                        Consumer<Character> onEcho, Consumer<PingResult> onDone) {
        this.router = router;
        this.dataPlane = router.lab().dataPlane();
        this.destination = destination;
        this.source = source;
        this.timeoutNanos = timeoutNanos;
        this.onEcho = onEcho;
        this.onDone = onDone;
        this.identifier = dataPlane.allocateIdentifier();
        this.repeat = repeat;
    }

    /** Starts a ping; {@code source} may be null (the outgoing interface's address). Kernel thread only. */
    public static PingSession start(Router router, Ipv4Address destination, Ipv4Address source, int repeat,
                                    long timeoutNanos, Consumer<PingResult> onDone) {
        return start(router, destination, source, repeat, timeoutNanos, mark -> { }, onDone);
    }

    /** Same, and tells {@code onEcho} each echo's character as it is decided, for IOS's running line. */
    public static PingSession start(Router router, Ipv4Address destination, Ipv4Address source, int repeat,
                                    long timeoutNanos, Consumer<Character> onEcho, Consumer<PingResult> onDone) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat " + repeat);
        }
        return startInVrf(router, null, destination, source, repeat, timeoutNanos, onEcho, onDone);
    }

    /** {@code ping vrf NAME ...}: the echoes are routed by that VRF's table (null: the global one). */
    public static PingSession startInVrf(Router router, String vrf, Ipv4Address destination, Ipv4Address source,
                                         int repeat, long timeoutNanos, Consumer<Character> onEcho,
                                         Consumer<PingResult> onDone) {
        return startInVrf(router, vrf, destination, source, repeat, timeoutNanos, IcmpMessage.DEFAULT_ECHO_BYTES,
                false, onEcho, onDone);
    }

    /** The same with {@code size} (the whole datagram, in bytes) and {@code df-bit}. */
    public static PingSession startInVrf(Router router, String vrf, Ipv4Address destination, Ipv4Address source,
                                         int repeat, long timeoutNanos, int datagramBytes, boolean dontFragment,
                                         Consumer<Character> onEcho, Consumer<PingResult> onDone) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat " + repeat);
        }
        PingSession session = new PingSession(router, destination, source, repeat, timeoutNanos, onEcho, onDone);
        session.vrf = vrf;
        session.datagramBytes = datagramBytes;
        session.dontFragment = dontFragment;
        session.dataPlane.bind(router, session.identifier, session::receive);
        session.sendNext();
        return session;
    }

    /**
     * Checks {@code ping ... source ADDRESS}: the address must be on one of the router's up interfaces.
     * Returns null when it is, otherwise IOS's message.
     */
    public static String checkSource(Router router, Ipv4Address source) {
        for (Interface candidate : router.interfaces()) {
            if (candidate.isProtocolUp() && candidate.address() != null
                    && candidate.address().address().equals(source)) {
                return null;
            }
        }
        return INVALID_SOURCE;
    }

    /**
     * The address {@code ping ... source INTERFACE} sends from: the interface's address while it is up;
     * null when the interface is missing, down or has no address (IOS refuses the ping then).
     */
    public static Ipv4Address sourceAddressOf(Router router, org.looplab.router.InterfaceName interfaceName) {
        Interface named = router.interfaceNamed(interfaceName);
        if (named == null || !named.isProtocolUp() || named.address() == null) {
            return null;
        }
        return named.address().address();
    }

    /**
     * Stops the ping now, as IOS's escape sequence does: the echo under way is given up and the result
     * covers the echoes that ended. Nothing happens once the ping has finished. Kernel thread only.
     */
    public void abort() {
        if (finished) {
            return;
        }
        if (timeout != null) {
            timeout.cancel();
        }
        finish();
    }

    private void sendNext() {
        if (sequence == repeat) {
            finish();
            return;
        }
        sentAtNanos = router.kernel().now();
        int echo = sequence;
        timeout = router.kernel().schedule(timeoutNanos, () -> ended(echo, '.', -1));
        dataPlane.originate(router, vrf, source, destination, Ipv4Packet.DEFAULT_TTL,
                IcmpMessage.echoRequest(identifier, echo, datagramBytes), dontFragment);
    }

    private void receive(Ipv4Packet packet) {
        IcmpMessage icmp = packet.icmp();
        if (icmp == null || finished) {
            return;
        }
        switch (icmp.type()) {
            case ECHO_REPLY -> ended(icmp.sequence(), '!', router.kernel().now() - sentAtNanos);
            case DESTINATION_UNREACHABLE -> ended(quotedSequence(icmp),
                    icmp.code() == IcmpType.CODE_FRAGMENTATION_NEEDED ? 'M' : 'U', -1);
            case TIME_EXCEEDED -> ended(quotedSequence(icmp), '&', -1);
            default -> { }
        }
    }

    private static int quotedSequence(IcmpMessage error) {
        IcmpMessage quoted = error.quoted() == null ? null : error.quoted().icmp();
        return quoted == null ? -1 : quoted.sequence();
    }

    /** An echo ended; answers to an echo that already timed out are ignored, as IOS ignores them. */
    private void ended(int echo, char mark, long rtt) {
        if (finished || echo != sequence) {
            return;
        }
        timeout.cancel();
        statistics.add(mark, rtt);
        onEcho.accept(mark);
        sequence++;
        sendNext();
    }

    private void finish() {
        finished = true;
        dataPlane.unbind(router, identifier);
        onDone.accept(statistics.result());
    }
}
