package org.looplab.topology;

/**
 * A cable between two endpoints, with its one-way delay, the share of frames it loses (0 to 100) and its
 * jitter (each frame up to that much more or less than the delay).
 */
public record TopologyLink(TopologyEndpoint a, TopologyEndpoint b, long delayNanos, double lossPercent, long jitterNanos) {
    public TopologyLink(TopologyEndpoint a, TopologyEndpoint b, long delayNanos, double lossPercent) {
        this(a, b, delayNanos, lossPercent, 0);
    }

    public TopologyLink(TopologyEndpoint a, TopologyEndpoint b, long delayNanos) {
        this(a, b, delayNanos, 0);
    }
}
