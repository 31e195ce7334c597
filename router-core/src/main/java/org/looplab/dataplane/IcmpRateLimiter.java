package org.looplab.dataplane;

/**
 * IOS's {@code ip icmp rate-limit unreachable} default: a router sends at most one destination-unreachable
 * every 500 ms. That is why an IOS ping through a router with no route prints {@code U.U.U}: every other
 * echo's unreachable is suppressed and that echo times out.
 */
final class IcmpRateLimiter {
    static final long DEFAULT_INTERVAL_NANOS = 500_000_000L;

    private final long intervalNanos;
    private long lastSentNanos = Long.MIN_VALUE;

    IcmpRateLimiter(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** True when an unreachable may be sent now; records it as sent. */
    boolean allow(long nowNanos) {
        if (lastSentNanos != Long.MIN_VALUE && nowNanos - lastSentNanos < intervalNanos) {
            return false;
        }
        lastSentNanos = nowNanos;
        return true;
    }
}
