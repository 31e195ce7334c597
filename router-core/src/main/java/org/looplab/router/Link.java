package org.looplab.router;

/**
 * A cable between two physical interfaces. Pulling it takes both ends down at once. It may also be
 * impaired while its carrier stays up, as a faulty cable, a congested path or a broken optic is: a share
 * of frames lost, every frame lost (a black hole), or the frames of one direction lost. Nothing tells
 * the routers: only their dead and hold timers notice.
 */
public final class Link {
    /** One-way delay when the topology gives none: a lab cable, rounded so a ping shows 1 ms. */
    public static final long DEFAULT_DELAY_NANOS = 500_000;

    private final Interface a;
    private final Interface b;
    private boolean connected = true;
    private long delayNanos = DEFAULT_DELAY_NANOS;
    private long jitterNanos;
    private double lossPercent;
    private boolean blackholed;
    /** The end whose outgoing frames are lost (one-way failure), or null. */
    private Interface deafFrom;

    Link(Interface a, Interface b) {
        this.a = a;
        this.b = b;
    }

    public Interface a() {
        return a;
    }

    public Interface b() {
        return b;
    }

    public Interface otherEnd(Interface end) {
        if (end == a) {
            return b;
        }
        if (end == b) {
            return a;
        }
        throw new IllegalArgumentException(end + " is not an end of " + this);
    }

    public boolean isConnected() {
        return connected;
    }

    void setConnected(boolean connected) {
        this.connected = connected;
    }

    public long delayNanos() {
        return delayNanos;
    }

    public void setDelayNanos(long delayNanos) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay");
        }
        this.delayNanos = delayNanos;
    }

    /** Up to this much more or less than the delay, drawn for each frame (0: every frame takes the delay). */
    public long jitterNanos() {
        return jitterNanos;
    }

    public void setJitterNanos(long jitterNanos) {
        if (jitterNanos < 0) {
            throw new IllegalArgumentException("negative jitter");
        }
        this.jitterNanos = jitterNanos;
    }

    /**
     * The time one frame takes across the cable: the delay, or with jitter a draw from the kernel's seeded
     * generator, uniform within delay +/- jitter and never below zero (frames may overtake each other, as
     * with netem's jitter). Without jitter nothing is drawn, so unjittered labs keep their history.
     */
    public long frameDelayNanos(java.util.Random random) {
        if (jitterNanos == 0) {
            return delayNanos;
        }
        long offset = (long) ((random.nextDouble() * 2 - 1) * jitterNanos);
        return Math.max(0, delayNanos + offset);
    }

    /** Share of frames lost in each direction, 0 to 100. */
    public double lossPercent() {
        return lossPercent;
    }

    public void setLossPercent(double lossPercent) {
        if (!(lossPercent >= 0 && lossPercent <= 100)) {
            throw new IllegalArgumentException("loss must be between 0 and 100 percent, not " + lossPercent);
        }
        this.lossPercent = lossPercent;
    }

    /** True when every frame is lost while the carrier stays up. */
    public boolean isBlackholed() {
        return blackholed;
    }

    public void setBlackholed(boolean blackholed) {
        this.blackholed = blackholed;
    }

    /** The end whose frames never reach the other end, or null when both directions work. */
    public Interface oneWayDownFrom() {
        return deafFrom;
    }

    /** Loses the frames {@code from} sends (null: both directions work again). */
    public void setOneWayDownFrom(Interface from) {
        if (from != null && from != a && from != b) {
            throw new IllegalArgumentException(from + " is not an end of " + this);
        }
        this.deafFrom = from;
    }

    /** True when the link has an impairment (loss, black hole, one-way failure). */
    public boolean isImpaired() {
        return blackholed || deafFrom != null || lossPercent > 0;
    }

    /** Clears every impairment; the delay stays. */
    public void clearImpairments() {
        lossPercent = 0;
        blackholed = false;
        deafFrom = null;
    }

    /**
     * Whether a frame sent by {@code from} is lost crossing the cable. The random draw comes from the
     * kernel's seeded generator, and only when a loss rate is set, so runs repeat and unimpaired labs keep
     * their history.
     */
    public boolean loses(Interface from, java.util.Random random) {
        if (blackholed || (deafFrom != null && deafFrom == from)) {
            return true;
        }
        return lossPercent > 0 && random.nextDouble() * 100 < lossPercent;
    }

    @Override
    public String toString() {
        return a + " <-> " + b;
    }
}
