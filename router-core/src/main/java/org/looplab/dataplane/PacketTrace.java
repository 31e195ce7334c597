package org.looplab.dataplane;

/**
 * One thing that happened to a packet, for tests, determinism checks and a future {@code debug ip packet}:
 * when (virtual nanoseconds), on which router, what ({@code send}, {@code receive}, {@code forward},
 * {@code deliver}, {@code drop: reason}) and the packet.
 */
public record PacketTrace(long timeNanos, String router, String event, Ipv4Packet packet) {
    @Override
    public String toString() {
        return timeNanos + " " + router + " " + event + " " + packet;
    }
}
