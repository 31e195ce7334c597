package org.looplab.dataplane;

import org.looplab.net.Ipv4Address;

/**
 * One traceroute probe's answer: who answered ({@code null} when nobody did: IOS prints {@code *}), the
 * round-trip time in virtual nanoseconds (-1 on timeout) and IOS's annotation for an unreachable other
 * than "port unreachable" ({@code !N} network, {@code !H} host; empty otherwise).
 */
public record TracerouteProbe(Ipv4Address responder, long rttNanos, String annotation, boolean fromDestination) {
    public static TracerouteProbe timedOut() {
        return new TracerouteProbe(null, -1, "", false);
    }

    public boolean isTimeout() {
        return responder == null;
    }
}
