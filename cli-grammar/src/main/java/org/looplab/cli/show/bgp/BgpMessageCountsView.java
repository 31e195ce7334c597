package org.looplab.cli.show.bgp;

/** BGP messages of each type sent or received on a session (the "Message statistics" table). */
public record BgpMessageCountsView(long opens, long notifications, long updates, long keepalives,
        long routeRefreshes) {
    public static final BgpMessageCountsView NONE = new BgpMessageCountsView(0, 0, 0, 0, 0);

    public long total() {
        return opens + notifications + updates + keepalives + routeRefreshes;
    }
}
