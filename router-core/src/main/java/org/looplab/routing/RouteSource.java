package org.looplab.routing;

/**
 * Where a route came from, with IOS's code letter ({@code show ip route}'s first column) and default
 * administrative distance (IOS: connected 0, static 1, eBGP 20, OSPF 110, iBGP 200).
 */
public enum RouteSource {
    CONNECTED("C", 0),
    LOCAL("L", 0),
    STATIC("S", 1),
    EBGP("B", 20),
    OSPF("O", 110),
    /** OSPF inter-area (type 3 summary) routes; IOS prints {@code O IA}. */
    OSPF_INTER_AREA("O IA", 110),
    IBGP("B", 200);

    private final String code;
    private final int defaultDistance;

    RouteSource(String code, int defaultDistance) {
        this.code = code;
        this.defaultDistance = defaultDistance;
    }

    /** The letter {@code show ip route} prints. */
    public String code() {
        return code;
    }

    public int defaultDistance() {
        return defaultDistance;
    }
}
