package org.looplab.topology;

/** A cable between two endpoints, with its one-way delay and the share of frames it loses (0 to 100). */
public record TopologyLink(TopologyEndpoint a, TopologyEndpoint b, long delayNanos, double lossPercent) {
    public TopologyLink(TopologyEndpoint a, TopologyEndpoint b, long delayNanos) {
        this(a, b, delayNanos, 0);
    }
}
