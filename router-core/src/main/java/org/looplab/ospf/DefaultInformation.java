package org.looplab.ospf;

/**
 * {@code default-information originate [always] [metric N] [metric-type 1|2] [route-map NAME]}: a type-5
 * LSA for 0.0.0.0/0 while the RIB has a default route from another source, or always. Null fields are
 * absent (IOS's defaults: metric 1, type 2).
 */
public record DefaultInformation(boolean always, Integer metric, Integer metricType, String routeMap) {
    public static final int DEFAULT_METRIC = 1;
}
