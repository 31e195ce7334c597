package org.looplab.discovery;

import org.looplab.router.Interface;

/** A neighbour heard on a local interface, kept until {@code expiresNanos} unless a newer frame refreshes it. */
public record DiscoveredNeighbor(Interface local, Advertisement heard, long expiresNanos) {
    /** The holdtime left, in whole seconds as IOS counts it down. */
    public long secondsLeft(long now) {
        return Math.max(0, (expiresNanos - now) / 1_000_000_000L);
    }
}
