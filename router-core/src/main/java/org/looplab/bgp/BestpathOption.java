package org.looplab.bgp;

/** The {@code bgp bestpath ...} and {@code bgp always-compare-med} knobs that change the decision. */
public enum BestpathOption {
    /** {@code bgp always-compare-med}: MED compared whatever the neighbouring AS. */
    ALWAYS_COMPARE_MED("bgp always-compare-med"),
    /** {@code bgp bestpath as-path ignore} (hidden on IOS, but accepted). */
    AS_PATH_IGNORE("bgp bestpath as-path ignore"),
    /** {@code bgp bestpath compare-routerid}: skip "oldest eBGP path", compare router IDs. */
    COMPARE_ROUTER_ID("bgp bestpath compare-routerid"),
    /** {@code bgp bestpath med missing-as-worst}: a missing MED is 4294967295, not 0. */
    MED_MISSING_AS_WORST("bgp bestpath med missing-as-worst"),
    /** {@code bgp deterministic-med}: paths grouped by neighbouring AS before MED is compared. */
    DETERMINISTIC_MED("bgp deterministic-med");

    private final String line;

    BestpathOption(String line) {
        this.line = line;
    }

    /** The running-config line. */
    public String line() {
        return line;
    }
}
