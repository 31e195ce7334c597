package org.looplab.bgp;

/**
 * {@code redistribute connected | static | ospf N [metric M] [route-map NAME]}; {@code processId} is 0
 * unless the source is OSPF, {@code metric} null when not set.
 */
public record Redistribution(Source source, int processId, Long metric, String routeMap) {
    public enum Source { CONNECTED, STATIC, OSPF }
}
