package org.looplab.cli.show.bgp;

import java.util.List;
import org.looplab.bgp.AdjRibIn;
import org.looplab.bgp.AdjRibOut;
import org.looplab.bgp.BgpConfig;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpPath;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.bgp.MessageCounters;
import org.looplab.bgp.NeighborConfig;
import org.looplab.bgp.NeighborSetting;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.tcp.TcpConnection;

/**
 * {@code show ip bgp neighbors [A]} from a speaker: identity and state, negotiated or configured timers,
 * capabilities, message counts, the IPv4 unicast settings and prefix counts, connection history and the
 * session's TCP connection.
 *
 * <p>The engine records no time of the last message read or written: while Established they are shown as
 * the last keepalive tick since the session came up (keepalives go out every interval when nothing else
 * does), which is what an idle session shows.
 */
public final class BgpNeighborViews {
    private static final long SECOND = 1_000_000_000L;
    /** IOS accounts 56 bytes per received prefix ("Prefixes Current: ... (Consumes N bytes)"). */
    static final int BYTES_PER_RECEIVED_PREFIX = 56;

    private BgpNeighborViews() {
    }

    public static List<BgpNeighborView> all(Router router, BgpSpeaker speaker) {
        BgpUpdateGroups groups = BgpUpdateGroups.of(speaker);
        return speaker.neighbors().stream().filter(n -> n.configuredRemoteAs() != null)
                .map(n -> of(router, speaker, n, groups)).toList();
    }

    public static BgpNeighborView of(Router router, BgpSpeaker speaker, BgpNeighbor n) {
        return of(router, speaker, n, BgpUpdateGroups.of(speaker));
    }

    private static BgpNeighborView of(Router router, BgpSpeaker speaker, BgpNeighbor n, BgpUpdateGroups groups) {
        long now = router.kernel().now();
        NeighborConfig config = n.config();
        boolean established = n.isEstablished();
        int[] configured = n.configuredTimers();
        boolean defaultTimers = configured[0] == BgpConfig.DEFAULT_KEEPALIVE && configured[1] == BgpConfig.DEFAULT_HOLD_TIME;
        Long lastTick = established ? lastKeepaliveTick(n.upDownSinceNanos(), n.keepaliveInterval(), now) : null;
        MessageCounters m = n.messages();
        BgpMessageCountsView sent = new BgpMessageCountsView(m.opensSent(), m.notificationsSent(), m.updatesSent(),
                m.keepalivesSent(), m.routeRefreshSent());
        BgpMessageCountsView received = new BgpMessageCountsView(m.opensReceived(), m.notificationsReceived(),
                m.updatesReceived(), m.keepalivesReceived(), m.routeRefreshReceived());
        BgpCapability exchanged = established ? BgpCapability.ADVERTISED_AND_RECEIVED : BgpCapability.NONE;
        Route toNeighbor = router.rib().lookup(n.address());
        boolean connected = toNeighbor != null
                && (toNeighbor.source() == RouteSource.CONNECTED || toNeighbor.source() == RouteSource.LOCAL);
        TcpConnection tcp = n.connection();
        TcpConnectionView tcpView = tcp == null || !established ? null
                : TcpConnectionViews.of(tcp, n.upDownSinceNanos(), lastTick, lastTick,
                        config.effective(NeighborSetting.PASSWORD, null) != null);
        String reason = null;
        if (n.lastResetReason() != null) {
            reason = n.lastResetReason().text()
                    + (n.lastResetNotification() != null ? ", " + n.lastResetNotification().describe() : "");
        }
        return new BgpNeighborView(n.address(), n.configuredRemoteAs(), n.isInternal(), n.description(),
                config.group() == null ? null : config.group().name(),
                n.remoteRouterId() == null ? Ipv4Address.ANY : n.remoteRouterId(), BgpSessionStates.of(n),
                n.upDownSinceNanos(), lastTick, lastTick, established ? n.holdTime() : configured[1],
                established ? n.keepaliveInterval() : configured[0], defaultTimers ? null : configured[1],
                defaultTimers ? null : configured[0],
                established ? (n.routeRefreshNegotiated() ? BgpCapability.ADVERTISED_AND_RECEIVED : BgpCapability.ADVERTISED)
                        : BgpCapability.NONE,
                established ? (n.fourOctetAsNegotiated() ? BgpCapability.ADVERTISED_AND_RECEIVED : BgpCapability.ADVERTISED)
                        : BgpCapability.NONE,
                exchanged, BgpCapability.NONE, 0, 0, sent, received,
                n.isInternal() ? AdjRibOut.MRAI_INTERNAL_SECONDS : AdjRibOut.MRAI_EXTERNAL_SECONDS,
                speaker.tableVersion(), n.tableVersion(), groups.groupOf(n), policy(config), prefixes(speaker, n),
                List.of(), n.adjRibOut().advertisedPrefixes() > 0 ? 1 : 0, 0, toNeighbor != null,
                n.connectionsEstablished(), n.connectionsDropped(), n.lastResetNanos() < 0 ? null : n.lastResetNanos(),
                reason, !n.isInternal() && !connected, tcpView, speaker.vrf());
    }

    /** The last multiple of the keepalive interval since {@code since}: an idle session's last message. */
    static long lastKeepaliveTick(long since, int keepaliveSeconds, long now) {
        if (keepaliveSeconds <= 0 || now <= since) {
            return since;
        }
        long interval = keepaliveSeconds * SECOND;
        return since + (now - since) / interval * interval;
    }

    private static BgpNeighborPolicyView policy(NeighborConfig c) {
        return new BgpNeighborPolicyView(c.isOn(NeighborSetting.ROUTE_REFLECTOR_CLIENT),
                c.isOn(NeighborSetting.NEXT_HOP_SELF), c.effective(NeighborSetting.SEND_COMMUNITY, null) != null,
                c.isOn(NeighborSetting.SOFT_RECONFIGURATION_INBOUND), c.effective(NeighborSetting.PREFIX_LIST_IN, null),
                c.effective(NeighborSetting.PREFIX_LIST_OUT, null), c.effective(NeighborSetting.ROUTE_MAP_IN, null),
                c.effective(NeighborSetting.ROUTE_MAP_OUT, null));
    }

    private static BgpPrefixActivityView prefixes(BgpSpeaker speaker, BgpNeighbor n) {
        long best = 0;
        long multipath = 0;
        for (LocRibEntry entry : speaker.entries()) {
            for (BgpPath path : entry.paths()) {
                if (!path.isLocal() && path.source().peerAddress().equals(n.address())) {
                    if (path.isBest()) {
                        best++;
                    } else if (path.isMultipath()) {
                        multipath++;
                    }
                }
            }
        }
        AdjRibIn in = n.adjRibIn();
        AdjRibOut out = n.adjRibOut();
        return new BgpPrefixActivityView(out.advertisedPrefixes(), in.acceptedPrefixes(),
                (long) in.acceptedPrefixes() * BYTES_PER_RECEIVED_PREFIX, out.totalAdvertised(), in.totalAccepted(), 0,
                in.implicitWithdraws(), out.withdrawn(), in.explicitWithdraws(), best, multipath);
    }
}
