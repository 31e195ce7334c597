package org.looplab.policy;

import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.net.Ipv4Address;

/** A {@code set ...} clause of a permit route-map entry. */
public sealed interface RouteMapSet {
    record LocalPreference(long value) implements RouteMapSet {
    }

    record Weight(int value) implements RouteMapSet {
    }

    /** {@code set metric N}: the MED. */
    record Metric(long value) implements RouteMapSet {
    }

    record AsPathPrepend(List<AsNumber> asNumbers) implements RouteMapSet {
    }

    /**
     * {@code set community C... [additive]} or {@code set community none} (empty list, not additive).
     * Values are RFC 1997's 32-bit numbers (AA:NN is AA << 16 | NN; no-export is 0xFFFFFF01).
     */
    record Community(List<Long> values, boolean additive) implements RouteMapSet {
    }

    record SetOrigin(Origin origin) implements RouteMapSet {
    }

    record IpNextHop(Ipv4Address address) implements RouteMapSet {
    }
}
