package org.looplab.routing;

/** Where a route came from, with IOS's code letter and default administrative distance. */
public enum RouteSource {
    CONNECTED("C", 0),
    LOCAL("L", 0);

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
