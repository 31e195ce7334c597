package org.looplab.cli.show.bgp;

/**
 * A connection's sequence space and windows (RFC 793 names; sequence numbers unsigned 32-bit), as the
 * {@code iss:} / {@code sndwnd:} lines of {@code show tcp} and {@code show ip bgp neighbors} print them.
 */
public record TcpSequenceView(long iss, long sndUna, long sndNxt, long irs, long rcvNxt, int sndWnd, int rcvWnd,
        int maxRcvWnd, int delRcvWnd) {
}
