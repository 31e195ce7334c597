package org.looplab.cli.show.bgp;

/**
 * A connection's clocks: when it opened and last sent and received (virtual nanoseconds), its RFC 6298
 * round-trip estimates in milliseconds, and its retransmission timer ({@code retransDueNanos} null when
 * not armed).
 */
public record TcpTimingView(long openedAtNanos, long lastSentNanos, long lastReceivedNanos, long srttMillis,
        long rtoMillis, long rttVarMillis, long minRttMillis, long maxRttMillis, long retransStarts,
        long retransWakeups, Long retransDueNanos) {
}
