package org.looplab.bgp;

/**
 * The steps of IOS's best path selection (Cisco, "BGP Best Path Selection Algorithm", document 13753), in
 * order; {@link BestPathSelection} records the one that decided between the best path and the runner-up.
 */
public enum BestPathStep {
    ONLY_PATH("only path"),
    WEIGHT("weight"),
    LOCAL_PREFERENCE("local preference"),
    LOCALLY_ORIGINATED("locally originated"),
    AS_PATH_LENGTH("AS path length"),
    ORIGIN("origin"),
    MED("MED"),
    EXTERNAL_OVER_INTERNAL("eBGP over iBGP"),
    IGP_METRIC("IGP metric to next hop"),
    OLDEST_EXTERNAL("oldest eBGP path"),
    ROUTER_ID("router ID"),
    CLUSTER_LIST_LENGTH("cluster list length"),
    NEIGHBOR_ADDRESS("neighbor address"),
    ARRIVAL("arrival order");

    private final String text;

    BestPathStep(String text) {
        this.text = text;
    }

    /** Words for {@code show ip bgp PREFIX}. */
    public String text() {
        return text;
    }
}
