package org.looplab.bgp;

/**
 * {@code redistribute connected | static | ospf N | rip | eigrp N [metric M] [route-map NAME]}; {@code processId}
 * is 0 unless the source is OSPF or EIGRP, {@code metric} null when not set.
 */
public record Redistribution(Source source, int processId, Long metric, String routeMap) {
    /** RIP and EIGRP are not simulated: no route of theirs is ever in the RIB, so they redistribute nothing. */
    public enum Source { CONNECTED, STATIC, OSPF, RIP, EIGRP;

        public boolean simulated() {
            return this != RIP && this != EIGRP;
        }
    }
}
