package org.looplab.bgp;

import org.looplab.bgp.message.BgpMessage;

/**
 * {@code show ip bgp neighbors}' message statistics: messages sent and received by type (Opens,
 * Notifications, Updates, Keepalives, Route Refresh) and in total; {@code show ip bgp summary}'s
 * MsgRcvd/MsgSent are the totals. Counted per session: a new connection starts from zero, as on IOS.
 */
public final class MessageCounters {
    private final long[] sent = new long[6];
    private final long[] received = new long[6];

    void sent(int type) {
        sent[type]++;
    }

    void received(int type) {
        received[type]++;
    }

    void reset() {
        java.util.Arrays.fill(sent, 0);
        java.util.Arrays.fill(received, 0);
    }

    public long opensSent() {
        return sent[BgpMessage.OPEN];
    }

    public long opensReceived() {
        return received[BgpMessage.OPEN];
    }

    public long notificationsSent() {
        return sent[BgpMessage.NOTIFICATION];
    }

    public long notificationsReceived() {
        return received[BgpMessage.NOTIFICATION];
    }

    public long updatesSent() {
        return sent[BgpMessage.UPDATE];
    }

    public long updatesReceived() {
        return received[BgpMessage.UPDATE];
    }

    public long keepalivesSent() {
        return sent[BgpMessage.KEEPALIVE];
    }

    public long keepalivesReceived() {
        return received[BgpMessage.KEEPALIVE];
    }

    public long routeRefreshSent() {
        return sent[BgpMessage.ROUTE_REFRESH];
    }

    public long routeRefreshReceived() {
        return received[BgpMessage.ROUTE_REFRESH];
    }

    public long totalSent() {
        long total = 0;
        for (long each : sent) {
            total += each;
        }
        return total;
    }

    public long totalReceived() {
        long total = 0;
        for (long each : received) {
            total += each;
        }
        return total;
    }
}
