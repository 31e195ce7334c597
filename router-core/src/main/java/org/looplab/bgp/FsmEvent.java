package org.looplab.bgp;

/**
 * The events of RFC 4271 8.1 that move a neighbor's {@link PeerFsm}, plus the IOS ones (interface down,
 * connected check, maximum-prefix), each with the words its transitions are recorded with.
 */
public enum FsmEvent {
    MANUAL_START("neighbor configured"),
    MANUAL_STOP("neighbor shutdown"),
    AUTOMATIC_START("start after idle hold"),
    CONNECT_RETRY_TIMER_EXPIRES("ConnectRetry timer expired: active open"),
    HOLD_TIMER_EXPIRES("hold timer expired"),
    KEEPALIVE_TIMER_EXPIRES("keepalive timer expired"),
    TCP_CONNECTION_VALID("passive open from the neighbor accepted"),
    TCP_CR_ACKED("active open completed"),
    TCP_CONNECTION_CONFIRMED("passive open completed"),
    TCP_CONNECTION_FAILS("TCP connection failed or closed"),
    BGP_OPEN("OPEN received"),
    BGP_HEADER_ERROR("message header error"),
    BGP_OPEN_MESSAGE_ERROR("OPEN message error"),
    OPEN_COLLISION_DUMP("connection collision resolution"),
    NOTIFICATION_RECEIVED("NOTIFICATION received"),
    KEEPALIVE_RECEIVED("KEEPALIVE received"),
    UPDATE_RECEIVED("UPDATE received"),
    UPDATE_MESSAGE_ERROR("UPDATE message error"),
    FSM_ERROR("message unexpected in this state"),
    INTERFACE_DOWN("fast-external-fallover: interface down"),
    CONNECTED_CHECK("neighbor not directly connected"),
    ADMIN_RESET("clear ip bgp"),
    MAXIMUM_PREFIX("maximum-prefix exceeded"),
    DECONFIGURED("neighbor removed"),
    CONFIGURATION_CHANGED("session parameters changed");

    private final String reason;

    FsmEvent(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
