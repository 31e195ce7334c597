package org.looplab.cli.show.bgp;

import java.util.Objects;
import org.looplab.net.Ipv4Address;

/**
 * One TCP connection as {@code show tcp brief} and the TCP part of {@code show ip bgp neighbors} show it.
 *
 * @param tcb the connection's id, printed as 8 hex digits (IOS prints the control block's address)
 * @param ttl the TTL its segments leave with (1 for eBGP without multihop, 255 otherwise)
 * @param activeOpen this side sent the SYN ("Status Flags: active open", else "passive open")
 * @param md5 RFC 2385 signatures ({@code neighbor password}): "md5" among the option flags
 * @param maxSegment the MSS in bytes ("Datagrams (max data segment is N bytes)")
 */
public record TcpConnectionView(long tcb, Ipv4Address localAddress, int localPort, Ipv4Address foreignAddress,
        int foreignPort, TcpState state, int ttl, boolean activeOpen, boolean md5, int maxSegment,
        TcpSequenceView sequence, TcpTimingView timing, TcpCountersView counters) {
    public TcpConnectionView {
        Objects.requireNonNull(localAddress);
        Objects.requireNonNull(foreignAddress);
        Objects.requireNonNull(state);
        Objects.requireNonNull(sequence);
        Objects.requireNonNull(timing);
        Objects.requireNonNull(counters);
    }
}
