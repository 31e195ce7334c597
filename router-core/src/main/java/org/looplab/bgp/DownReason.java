package org.looplab.bgp;

/**
 * Why a session went down, in IOS's words: the end of {@code %BGP-5-ADJCHANGE: neighbor X Down ...} and
 * {@code show ip bgp neighbors}' "Last reset ..., due to ...".
 */
public enum DownReason {
    INTERFACE_FLAP("Interface flap"),
    NOTIFICATION_SENT("BGP Notification sent"),
    NOTIFICATION_RECEIVED("BGP Notification received"),
    ADMIN_SHUTDOWN("Admin. shutdown"),
    USER_RESET("User reset"),
    PEER_CLOSED("Peer closed the session"),
    NEIGHBOR_DELETED("Neighbor deleted"),
    REMOTE_AS_CHANGED("Remote AS changed"),
    ROUTER_ID_CHANGED("Router ID changed"),
    RR_CLIENT_CHANGED("RR client config change"),
    UPDATE_SOURCE_CHANGED("Update source changed"),
    ADDRESS_FAMILY_DEACTIVATED("Address family deactivated"),
    PROCESS_STOPPED("BGP protocol initialization"),
    CONFIGURATION_CHANGED("Other configuration change");

    private final String text;

    DownReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
