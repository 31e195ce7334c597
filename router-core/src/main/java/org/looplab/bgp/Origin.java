package org.looplab.bgp;

/** The ORIGIN attribute (RFC 4271 5.1.1), in preference order; IOS prints i, e, ?. */
public enum Origin {
    IGP("i", "IGP"),
    EGP("e", "EGP"),
    INCOMPLETE("?", "incomplete");

    private final String code;
    private final String word;

    Origin(String code, String word) {
        this.code = code;
        this.word = word;
    }

    /** The letter at the end of a {@code show ip bgp} line. */
    public String code() {
        return code;
    }

    /** The word {@code show ip bgp PREFIX} prints ("Origin IGP") and route-maps use ({@code set origin igp}). */
    public String word() {
        return word;
    }
}
