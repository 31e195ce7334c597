package org.looplab.ospf;

/**
 * {@code redistribute connected|static [metric N] [metric-type 1|2] [subnets] [route-map NAME]}: null
 * fields are absent (IOS's defaults: metric 20, type 2). Without {@code subnets} IOS 15 takes only
 * classful networks.
 */
public record Redistribution(Source source, Integer metric, Integer metricType, boolean subnets, String routeMap) {
    /** IOS: routes redistributed from connected or static get metric 20 unless told otherwise. */
    public static final int DEFAULT_METRIC = 20;

    public enum Source {
        CONNECTED("connected"),
        STATIC("static");

        private final String keyword;

        Source(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }
}
