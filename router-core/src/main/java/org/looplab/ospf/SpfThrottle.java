package org.looplab.ospf;

/**
 * {@code timers throttle spf START HOLD MAX} in milliseconds. IOS: the first SPF after a quiet period runs
 * START after the change; each following one waits at least HOLD after the previous, HOLD doubling while
 * changes keep coming, up to MAX; after a quiet period of twice MAX the wait returns to START.
 */
public record SpfThrottle(int startMillis, int holdMillis, int maxMillis) {
    /** IOS 15 defaults: 5000 10000 10000. */
    public static final SpfThrottle IOS_DEFAULT = new SpfThrottle(5000, 10000, 10000);
    public static final int MAX_MILLIS = 600000;
}
