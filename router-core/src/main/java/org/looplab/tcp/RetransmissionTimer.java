package org.looplab.tcp;

import org.looplab.sim.Kernel;
import org.looplab.sim.SimEvent;

/**
 * One connection's retransmission timer and round-trip estimate (RFC 6298), on the virtual clock. It
 * times one segment at a time and never one that was retransmitted (Karn's algorithm, RFC 6298 3); each
 * expiry doubles the RTO (RFC 6298 5.5) until a new sample recomputes it.
 */
final class RetransmissionTimer {
    static final long SECOND = 1_000_000_000L;
    /** RFC 6298 2.1. */
    static final long INITIAL_RTO_NANOS = SECOND;
    /** RFC 6298 2.4. */
    static final long MIN_RTO_NANOS = SECOND;
    /** RFC 6298 2.5 allows a maximum of at least 60 s. */
    static final long MAX_RTO_NANOS = 60 * SECOND;
    /** The clock granularity G of RFC 6298 2.3: IOS counts milliseconds. */
    private static final long GRANULARITY_NANOS = 1_000_000L;

    private final Kernel kernel;
    private final Runnable onExpiry;
    private long rtoNanos = INITIAL_RTO_NANOS;
    private long srttNanos;
    private long rttVarianceNanos;
    private boolean hasSample;
    private int expiries;
    private SimEvent pending;
    private boolean timing;
    private int timedSequenceEnd;
    private long timedSinceNanos;

    RetransmissionTimer(Kernel kernel, Runnable onExpiry) {
        this.kernel = kernel;
        this.onExpiry = onExpiry;
    }

    long rtoNanos() {
        return rtoNanos;
    }

    long srttNanos() {
        return srttNanos;
    }

    long rttVarianceNanos() {
        return rttVarianceNanos;
    }

    /** Expiries since the oldest unacknowledged segment was first sent (its retransmissions so far). */
    int expiries() {
        return expiries;
    }

    /** Starts the timer unless it runs (RFC 6298 5.1). */
    void start() {
        if (pending == null) {
            pending = kernel.schedule(rtoNanos, this::expire);
        }
    }

    /** Restarts it: new data was acknowledged and some is still outstanding (RFC 6298 5.3). */
    void restart() {
        stop();
        start();
    }

    /** Everything sent is acknowledged (RFC 6298 5.2), or the connection is gone. */
    void stop() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** A segment that was never sent before leaves; times it unless another is being timed. */
    void sentNew(int sequenceEnd) {
        if (!timing) {
            timing = true;
            timedSequenceEnd = sequenceEnd;
            timedSinceNanos = kernel.now();
        }
    }

    /** A segment leaves again: an ACK could be for either copy, so nothing sent so far gives a sample. */
    void retransmitted() {
        timing = false;
    }

    /** New data is acknowledged up to {@code acknowledgment}: takes a sample if it covers the timed segment. */
    void acknowledged(int acknowledgment) {
        expiries = 0;
        if (timing && !TcpSegment.before(acknowledgment, timedSequenceEnd)) {
            timing = false;
            sample(kernel.now() - timedSinceNanos);
        }
    }

    /** RFC 6298 2.2 (first sample) and 2.3 (later ones), then 2.4 and 2.5's bounds. */
    private void sample(long rttNanos) {
        if (!hasSample) {
            hasSample = true;
            srttNanos = rttNanos;
            rttVarianceNanos = rttNanos / 2;
        } else {
            rttVarianceNanos = (3 * rttVarianceNanos + Math.abs(srttNanos - rttNanos)) / 4;
            srttNanos = (7 * srttNanos + rttNanos) / 8;
        }
        rtoNanos = bounded(srttNanos + Math.max(GRANULARITY_NANOS, 4 * rttVarianceNanos));
    }

    private void expire() {
        pending = null;
        expiries++;
        rtoNanos = bounded(2 * rtoNanos); // RFC 6298 5.5
        timing = false;
        onExpiry.run();
    }

    private static long bounded(long rto) {
        return Math.min(MAX_RTO_NANOS, Math.max(MIN_RTO_NANOS, rto));
    }
}
