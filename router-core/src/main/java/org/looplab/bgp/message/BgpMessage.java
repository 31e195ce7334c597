package org.looplab.bgp.message;

/**
 * A BGP-4 message (RFC 4271 4): OPEN, UPDATE, NOTIFICATION, KEEPALIVE, ROUTE-REFRESH (RFC 2918).
 * {@link MessageCodec} turns them into the bytes of the wire and back.
 */
public sealed interface BgpMessage
        permits OpenMessage, UpdateMessage, NotificationMessage, KeepaliveMessage, RouteRefreshMessage {
    int OPEN = 1;
    int UPDATE = 2;
    int NOTIFICATION = 3;
    int KEEPALIVE = 4;
    int ROUTE_REFRESH = 5;

    /** Marker (16 octets of ones), length (2), type (1). */
    int HEADER_LENGTH = 19;
    /** RFC 4271 4: the largest message is 4096 octets. */
    int MAX_LENGTH = 4096;

    /** The type code of the header. */
    int type();
}
