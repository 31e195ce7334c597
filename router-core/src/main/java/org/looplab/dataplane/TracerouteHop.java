package org.looplab.dataplane;

import java.util.List;

/** One line of {@code traceroute}: the hop number (the probes' TTL) and its probes' answers. */
public record TracerouteHop(int hop, List<TracerouteProbe> probes) {
    public TracerouteHop {
        probes = List.copyOf(probes);
    }

    /** True when the destination itself answered one of the probes. */
    public boolean reachedDestination() {
        return probes.stream().anyMatch(TracerouteProbe::fromDestination);
    }

    /** True when every probe came back as an unreachable other than port unreachable: IOS stops there. */
    public boolean allUnreachable() {
        return probes.stream().allMatch(probe -> !probe.annotation().isEmpty());
    }
}
