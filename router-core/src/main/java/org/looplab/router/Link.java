package org.looplab.router;

/** A cable between two physical interfaces. Pulling it takes both ends down at once. */
public final class Link {
    /** One-way delay when the topology gives none: a lab cable, rounded so a ping shows 1 ms. */
    public static final long DEFAULT_DELAY_NANOS = 500_000;

    private final Interface a;
    private final Interface b;
    private boolean connected = true;
    private long delayNanos = DEFAULT_DELAY_NANOS;

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

    @Override
    public String toString() {
        return a + " <-> " + b;
    }
}
