package org.looplab.bgp.message;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * NOTIFICATION (RFC 4271 4.5): error code, subcode and data. {@link #describe} gives IOS's words for the
 * log line {@code %BGP-3-NOTIFICATION: sent to neighbor X 4/0 (hold time expired) 0 bytes}.
 */
public record NotificationMessage(int code, int subcode, byte[] data) implements BgpMessage {
    public static final int MESSAGE_HEADER_ERROR = 1;
    public static final int OPEN_MESSAGE_ERROR = 2;
    public static final int UPDATE_MESSAGE_ERROR = 3;
    public static final int HOLD_TIMER_EXPIRED = 4;
    public static final int FSM_ERROR = 5;
    public static final int CEASE = 6;

    // 1: message header (RFC 4271 6.1)
    public static final int CONNECTION_NOT_SYNCHRONIZED = 1;
    public static final int BAD_MESSAGE_LENGTH = 2;
    public static final int BAD_MESSAGE_TYPE = 3;
    // 2: OPEN (RFC 4271 6.2, RFC 5492)
    public static final int UNSUPPORTED_VERSION_NUMBER = 1;
    public static final int BAD_PEER_AS = 2;
    public static final int BAD_BGP_IDENTIFIER = 3;
    public static final int UNSUPPORTED_OPTIONAL_PARAMETER = 4;
    public static final int UNACCEPTABLE_HOLD_TIME = 6;
    public static final int UNSUPPORTED_CAPABILITY = 7;
    // 3: UPDATE (RFC 4271 6.3)
    public static final int MALFORMED_ATTRIBUTE_LIST = 1;
    public static final int UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE = 2;
    public static final int MISSING_WELL_KNOWN_ATTRIBUTE = 3;
    public static final int ATTRIBUTE_FLAGS_ERROR = 4;
    public static final int ATTRIBUTE_LENGTH_ERROR = 5;
    public static final int INVALID_ORIGIN_ATTRIBUTE = 6;
    public static final int INVALID_NEXT_HOP_ATTRIBUTE = 8;
    public static final int OPTIONAL_ATTRIBUTE_ERROR = 9;
    public static final int INVALID_NETWORK_FIELD = 10;
    public static final int MALFORMED_AS_PATH = 11;
    // 6: Cease (RFC 4486)
    public static final int MAXIMUM_PREFIXES_REACHED = 1;
    public static final int ADMINISTRATIVE_SHUTDOWN = 2;
    public static final int PEER_DECONFIGURED = 3;
    public static final int ADMINISTRATIVE_RESET = 4;
    public static final int CONNECTION_REJECTED = 5;
    public static final int OTHER_CONFIGURATION_CHANGE = 6;
    public static final int CONNECTION_COLLISION_RESOLUTION = 7;

    public NotificationMessage {
        data = data == null ? new byte[0] : data.clone();
    }

    public static NotificationMessage of(int code, int subcode) {
        return new NotificationMessage(code, subcode, new byte[0]);
    }

    public static NotificationMessage of(int code, int subcode, byte[] data) {
        return new NotificationMessage(code, subcode, data);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** IOS's words for the code and subcode, as in {@code 4/0 (hold time expired)}. */
    public String describe() {
        return switch (code) {
            case MESSAGE_HEADER_ERROR -> switch (subcode) {
                case CONNECTION_NOT_SYNCHRONIZED -> "connection not synchronized";
                case BAD_MESSAGE_LENGTH -> "bad message length";
                case BAD_MESSAGE_TYPE -> "bad message type";
                default -> "header error";
            };
            case OPEN_MESSAGE_ERROR -> switch (subcode) {
                case UNSUPPORTED_VERSION_NUMBER -> "unsupported version";
                case BAD_PEER_AS -> "peer in wrong AS";
                case BAD_BGP_IDENTIFIER -> "BGP identifier wrong";
                case UNSUPPORTED_OPTIONAL_PARAMETER -> "unsupported optional parameter";
                case UNACCEPTABLE_HOLD_TIME -> "unacceptable hold time";
                case UNSUPPORTED_CAPABILITY -> "unsupported capability";
                default -> "open message error";
            };
            case UPDATE_MESSAGE_ERROR -> switch (subcode) {
                case MALFORMED_ATTRIBUTE_LIST -> "malformed attribute list";
                case UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE -> "unrecognized well-known attribute";
                case MISSING_WELL_KNOWN_ATTRIBUTE -> "missing well-known attribute";
                case ATTRIBUTE_FLAGS_ERROR -> "attribute flags error";
                case ATTRIBUTE_LENGTH_ERROR -> "attribute length error";
                case INVALID_ORIGIN_ATTRIBUTE -> "invalid origin attribute";
                case INVALID_NEXT_HOP_ATTRIBUTE -> "invalid next hop attribute";
                case OPTIONAL_ATTRIBUTE_ERROR -> "optional attribute error";
                case INVALID_NETWORK_FIELD -> "invalid network field";
                case MALFORMED_AS_PATH -> "malformed AS_PATH";
                default -> "update message error";
            };
            case HOLD_TIMER_EXPIRED -> "hold time expired";
            case FSM_ERROR -> "FSM error";
            case CEASE -> switch (subcode) {
                case MAXIMUM_PREFIXES_REACHED -> "Maximum Number of Prefixes Reached";
                case ADMINISTRATIVE_SHUTDOWN -> "Administrative Shutdown";
                case PEER_DECONFIGURED -> "Peer De-configured";
                case ADMINISTRATIVE_RESET -> "Administrative Reset";
                case CONNECTION_REJECTED -> "Connection Rejected";
                case OTHER_CONFIGURATION_CHANGE -> "Other Configuration Change";
                case CONNECTION_COLLISION_RESOLUTION -> "Connection Collision Resolution";
                default -> "cease";
            };
            default -> "unknown error";
        };
    }

    /** {@code 4/0 (hold time expired) 0 bytes}, data in hex after the count as IOS prints it. */
    public String logText() {
        String text = code + "/" + subcode + " (" + describe() + ") " + data.length + " bytes";
        return data.length == 0 ? text : text + " " + HexFormat.of().withUpperCase().formatHex(data);
    }

    @Override
    public int type() {
        return NOTIFICATION;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotificationMessage n && code == n.code && subcode == n.subcode
                && Arrays.equals(data, n.data);
    }

    @Override
    public int hashCode() {
        return code * 256 + subcode + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NOTIFICATION " + logText();
    }
}
