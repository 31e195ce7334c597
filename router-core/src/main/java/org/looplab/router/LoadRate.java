package org.looplab.router;

/**
 * IOS's "5 minute input rate": an exponentially decayed average of the rate seen in each 5-second sample
 * (the default {@code load-interval 300}), on the virtual clock. Samples are taken lazily, when a frame is
 * counted or the rate is read, so an idle interface costs no event.
 */
final class LoadRate {
    static final long SAMPLE_NANOS = 5_000_000_000L;
    private static final double SAMPLE_SECONDS = 5.0;
    /** The weight the previous average keeps at each sample: e^(-5/300). */
    private static final double KEEP = Math.exp(-SAMPLE_SECONDS / 300.0);

    private long sample;
    private long bits;
    private long packets;
    private double bitsPerSecond;
    private double packetsPerSecond;

    void count(long now, int bytes) {
        advance(now);
        bits += bytes * 8L;
        packets++;
    }

    long bitsPerSecond(long now) {
        advance(now);
        return (long) bitsPerSecond;
    }

    long packetsPerSecond(long now) {
        advance(now);
        return (long) packetsPerSecond;
    }

    /** Closes the samples that ended before {@code now}: the one with frames, then the empty ones. */
    private void advance(long now) {
        long current = now / SAMPLE_NANOS;
        if (current <= sample) {
            return;
        }
        bitsPerSecond = bitsPerSecond * KEEP + bits / SAMPLE_SECONDS * (1 - KEEP);
        packetsPerSecond = packetsPerSecond * KEEP + packets / SAMPLE_SECONDS * (1 - KEEP);
        long empty = Math.min(current - sample - 1, 100_000);
        if (empty > 0) {
            double decay = Math.pow(KEEP, empty);
            bitsPerSecond *= decay;
            packetsPerSecond *= decay;
        }
        sample = current;
        bits = 0;
        packets = 0;
    }
}
