package org.looplab.ospf;

/** The LSA types we originate (RFC 2328 12.1.3), with IOS's {@code show ip ospf database} headings. */
public enum LsaType {
    ROUTER(1, "Router Link States"),
    NETWORK(2, "Net Link States"),
    SUMMARY_NETWORK(3, "Summary Net Link States"),
    /** Type 4: the cost from an ABR to an AS boundary router of another area (12.4.3). */
    SUMMARY_ASBR(4, "Summary ASB Link States"),
    /** Type 5: a route from outside OSPF, flooded through every area but stub ones (12.4.4). */
    AS_EXTERNAL(5, "Type-5 AS External Link States"),
    /** Type 7: an external route inside an NSSA, translated to type 5 by its ABR (RFC 3101). */
    NSSA_EXTERNAL(7, "Type-7 AS External Link States");

    private final int code;
    private final String heading;

    LsaType(int code, String heading) {
        this.code = code;
        this.heading = heading;
    }

    public int code() {
        return code;
    }

    /** {@code Displaying Router Link States(Area 0)} without the area part. */
    public String heading() {
        return heading;
    }
}
