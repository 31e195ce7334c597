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
    /** OSPF external routes (type-5 LSAs): {@code O E1} adds the cost to the ASBR, {@code O E2} does not. */
    OSPF_EXTERNAL_1("O E1", 110),
    OSPF_EXTERNAL_2("O E2", 110),
    /** OSPF NSSA external routes (type-7 LSAs, RFC 3101). */
    OSPF_NSSA_1("O N1", 110),
    OSPF_NSSA_2("O N2", 110),
    IBGP("B", 200);

    private final String code;
    private final int defaultDistance;

    RouteSource(String code, int defaultDistance) {
        this.code = code;
        this.defaultDistance = defaultDistance;
    }

    /** True for the routes of an OSPF process, whatever their path type. */
    public boolean isOspf() {
        return this == OSPF || this == OSPF_INTER_AREA || isOspfExternal();
    }

    /** True for OSPF's external routes, type-5 (E1, E2) or type-7 (N1, N2). */
    public boolean isOspfExternal() {
        return this == OSPF_EXTERNAL_1 || this == OSPF_EXTERNAL_2 || this == OSPF_NSSA_1 || this == OSPF_NSSA_2;
    }

    /** The letter {@code show ip route} prints. */
    public String code() {
        return code;
    }

    public int defaultDistance() {
        return defaultDistance;
    }
}
