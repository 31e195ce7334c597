package org.looplab.ospf;

/**
 * {@code redistribute connected|static|bgp AS|rip|eigrp N [metric N] [metric-type 1|2] [subnets] [route-map NAME]}:
 * null fields are absent (IOS's defaults: metric 20, type 2); {@code processId} is the AS or EIGRP process, 0
 * for the others. Without {@code subnets} IOS 15 takes only classful networks.
 */
public record Redistribution(Source source, Integer metric, Integer metricType, boolean subnets, String routeMap,
        long processId) {
    /** IOS: routes redistributed from connected or static get metric 20 unless told otherwise. */
    public static final int DEFAULT_METRIC = 20;

    public Redistribution(Source source, Integer metric, Integer metricType, boolean subnets, String routeMap) {
        this(source, metric, metricType, subnets, routeMap, 0);
    }

    public enum Source {
        CONNECTED("connected"),
        STATIC("static"),
        /** As IOS without "bgp redistribute-internal": the eBGP routes only. */
        BGP("bgp"),
        /** RIP and EIGRP are not simulated: none of their routes is ever in the RIB, so nothing goes. */
        RIP("rip"),
        EIGRP("eigrp");

        private final String keyword;

        Source(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        public boolean simulated() {
            return this != RIP && this != EIGRP;
        }
    }
}
