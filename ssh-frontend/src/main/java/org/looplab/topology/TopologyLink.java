package org.looplab.topology;

/** A cable between two endpoints, with its one-way delay. */
public record TopologyLink(TopologyEndpoint a, TopologyEndpoint b, long delayNanos) {
}
