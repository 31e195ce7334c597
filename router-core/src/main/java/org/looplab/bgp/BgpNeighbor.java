package org.looplab.bgp;

import java.util.List;
import org.looplab.bgp.message.NotificationMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.tcp.TcpConnection;

/**
 * One configured neighbor's running state: its session ({@link PeerFsm}), counters, Adj-RIB-In and
 * Adj-RIB-Out. The read methods here are what {@code show ip bgp summary} and {@code show ip bgp
 * neighbors} print; all run on the kernel thread. Times are virtual nanoseconds.
 */
public final class BgpNeighbor {
    final BgpSpeaker speaker;
    final Ipv4Address address;
    NeighborConfig config;
    final AdjRibIn adjRibIn = new AdjRibIn();
    final AdjRibOut adjRibOut;
    final MessageCounters counters = new MessageCounters();
    final PeerFsm fsm;
    /** The established session's identity for paths; null when not Established. */
    PathSource source;
    /** When the session last came up or went down (IOS's Up/Down column); creation time at first. */
    long upDownSinceNanos;
    Ipv4Address remoteRouterId;
    long remoteAs;
    int holdTime;
    int keepaliveInterval;
    boolean fourOctetAs;
    boolean routeRefresh;
    int connectionsEstablished;
    int connectionsDropped;
    DownReason lastResetReason;
    NotificationMessage lastResetNotification;
    boolean lastResetNotificationSent;
    long lastResetNanos = -1;
    long tableVersionSent;
    /** When a message was last read from / written to the session (virtual ns), -1 before any. */
    long lastReadNanos = -1;
    long lastWriteNanos = -1;
    /** Cached from the configuration ({@link #configurationChanged}): read for every route sent. */
    private boolean internal;
    private boolean reflectorClient;

    BgpNeighbor(BgpSpeaker speaker, Ipv4Address address, NeighborConfig config, int index) {
        this.speaker = speaker;
        this.address = address;
        this.config = config;
        this.adjRibOut = new AdjRibOut(index);
        this.fsm = new PeerFsm(this);
        this.upDownSinceNanos = speaker.now();
        configurationChanged();
    }

    /** The neighbor's lines (or its peer group's) changed: the cached facts follow. */
    void configurationChanged() {
        AsNumber remote = configuredRemoteAs();
        internal = remote != null && remote.equals(speaker.localAs());
        reflectorClient = internal && config.isOn(NeighborSetting.ROUTE_REFLECTOR_CLIENT);
    }

    // ---- configuration in force ----

    public Ipv4Address address() {
        return address;
    }

    public NeighborConfig config() {
        return config;
    }

    /** The configured remote AS ({@code neighbor A remote-as N}, here or through the peer group). */
    public AsNumber configuredRemoteAs() {
        return config.effective(NeighborSetting.REMOTE_AS, null);
    }

    /** iBGP: the remote AS is ours. */
    public boolean isInternal() {
        return internal;
    }

    public String description() {
        return config.effective(NeighborSetting.DESCRIPTION, null);
    }

    public boolean isRouteReflectorClient() {
        return reflectorClient;
    }

    /** {@code neighbor A timers K H}, else {@code timers bgp K H}: {keepalive, hold} in seconds. */
    public int[] configuredTimers() {
        List<Integer> timers = config.effective(NeighborSetting.TIMERS, null);
        if (timers != null) {
            return new int[] {timers.get(0), timers.get(1)};
        }
        return new int[] {speaker.config().keepalive(), speaker.config().holdTime()};
    }

    /** The IP TTL of the session's packets: 255 for iBGP, 1 for eBGP unless {@code ebgp-multihop N}. */
    public int outgoingTtl() {
        if (isInternal()) {
            return 255;
        }
        Integer multihop = config.effective(NeighborSetting.EBGP_MULTIHOP, null);
        return multihop != null ? multihop : 1;
    }

    // ---- session state ----

    public BgpState state() {
        return fsm.state();
    }

    /**
     * The state as {@code show ip bgp summary}'s last column words it when not Established:
     * {@code Idle}, {@code Idle (Admin)}, {@code Idle (PfxCt)}, {@code Active}, {@code Connect},
     * {@code OpenSent}, {@code OpenConfirm}; {@code Established} otherwise.
     */
    public String stateText() {
        return fsm.stateText();
    }

    public boolean isEstablished() {
        return fsm.state() == BgpState.ESTABLISHED;
    }

    /** When the session last came up or went down (virtual ns): the Up/Down column counts from it. */
    public long upDownSinceNanos() {
        return upDownSinceNanos;
    }

    /** True when the session has never been Established and never reset: {@code never}. */
    public boolean neverUp() {
        return connectionsEstablished == 0;
    }

    /** The neighbor's BGP identifier from its last OPEN, or null (IOS prints 0.0.0.0). */
    public Ipv4Address remoteRouterId() {
        return remoteRouterId;
    }

    /** The AS of the neighbor's last OPEN, 0 before any. */
    public long remoteAsFromOpen() {
        return remoteAs;
    }

    /** Negotiated hold time in seconds (the lower of the two OPENs'), 0 before a session. */
    public int holdTime() {
        return holdTime;
    }

    /** Keepalive interval in use: the configured one, or a third of a lower negotiated hold time. */
    public int keepaliveInterval() {
        return keepaliveInterval;
    }

    public boolean fourOctetAsNegotiated() {
        return fourOctetAs;
    }

    public boolean routeRefreshNegotiated() {
        return routeRefresh;
    }

    /** "Last read": when the last message arrived (virtual ns), -1 for none. */
    public long lastReadNanos() {
        return lastReadNanos;
    }

    /** "last write": when the last message was sent (virtual ns), -1 for none. */
    public long lastWriteNanos() {
        return lastWriteNanos;
    }

    public MessageCounters messages() {
        return counters;
    }

    public AdjRibIn adjRibIn() {
        return adjRibIn;
    }

    public AdjRibOut adjRibOut() {
        return adjRibOut;
    }

    /** The BGP table version up to which this neighbor has been sent updates ({@code TblVer}). */
    public long tableVersion() {
        return tableVersionSent;
    }

    /** "Connections established N; dropped M". */
    public int connectionsEstablished() {
        return connectionsEstablished;
    }

    public int connectionsDropped() {
        return connectionsDropped;
    }

    /** Why the last session ended, or null: "Last reset never". */
    public DownReason lastResetReason() {
        return lastResetReason;
    }

    /** When the last reset happened (virtual ns), -1 for never. */
    public long lastResetNanos() {
        return lastResetNanos;
    }

    /** The NOTIFICATION of the last reset, when one was sent or received ({@link #lastResetNotificationSent}). */
    public NotificationMessage lastResetNotification() {
        return lastResetNotification;
    }

    public boolean lastResetNotificationSent() {
        return lastResetNotificationSent;
    }

    /** The TCP connection of the session (the most advanced one), or null. */
    public TcpConnection connection() {
        return fsm.connection();
    }

    /** The FSM's recent transitions with their events, oldest first. */
    public List<FsmTransition> transitions() {
        return fsm.history();
    }

    /** The neighbor as IOS's log lines name it: its address, and {@code vrf NAME} for a VRF's session. */
    String logName() {
        return speaker.vrf() == null ? address.toString() : address + " vrf " + speaker.vrf();
    }

    @Override
    public String toString() {
        return address + " " + stateText();
    }
}
