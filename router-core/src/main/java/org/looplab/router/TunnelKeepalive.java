package org.looplab.router;

/** {@code keepalive [period [retries]]} on a GRE tunnel: IOS's defaults are 10 s and 3 retries. */
public record TunnelKeepalive(int periodSeconds, int retries) {
    public static final int DEFAULT_PERIOD = 10;
    public static final int DEFAULT_RETRIES = 3;
}
