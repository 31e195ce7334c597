package org.looplab.ospf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.looplab.ospf.packets.Authentication;
import org.looplab.ospf.packets.OspfPacket;

/**
 * OSPF authentication on one interface (RFC 2328 D): the type comes from {@code ip ospf authentication}
 * or, without it, from {@code area N authentication}; simple passwords travel in clear (8 bytes), MD5
 * (D.3) appends the digest of the packet followed by the 16-byte key, with the key id and a sequence
 * number. The simulation does not encode OSPF packets as bytes: the digest covers the packet's content
 * as its value (class, router id, area, and the hash of its fields), so any change of content or key
 * changes it. A packet whose type, password or digest does not match ours is dropped.
 */
final class OspfAuthentication {
    private OspfAuthentication() {
    }

    static AuthenticationType effectiveType(OspfInterfaceSettings settings, AreaSettings area) {
        if (settings.authentication != null) {
            return settings.authentication;
        }
        return area.authentication != null ? area.authentication : AuthenticationType.NULL;
    }

    static Authentication sign(OspfPacket packet, AuthenticationType type, OspfInterfaceSettings settings, long sequence) {
        return switch (type) {
            case NULL -> Authentication.NONE;
            case SIMPLE -> new Authentication(Authentication.SIMPLE, password(settings), 0, 0, "");
            case MESSAGE_DIGEST -> {
                Map.Entry<Integer, String> key = settings.messageDigestKeys.isEmpty() ? null
                        : settings.messageDigestKeys.lastEntry();
                int keyId = key == null ? 0 : key.getKey();
                yield new Authentication(Authentication.CRYPTOGRAPHIC, "", keyId, sequence,
                        digest(packet, sequence, key == null ? "" : key.getValue()));
            }
        };
    }

    static boolean accepts(OspfPacket packet, Authentication received, AuthenticationType type, OspfInterfaceSettings settings) {
        return switch (type) {
            case NULL -> received.type() == Authentication.NULL;
            case SIMPLE -> received.type() == Authentication.SIMPLE && received.password().equals(password(settings));
            case MESSAGE_DIGEST -> {
                String key = settings.messageDigestKeys.get(received.keyId());
                yield received.type() == Authentication.CRYPTOGRAPHIC && key != null
                        && received.digest().equals(digest(packet, received.sequence(), key));
            }
        };
    }

    /** The simple password as sent: at most 8 bytes (D.3). */
    private static String password(OspfInterfaceSettings settings) {
        String key = settings.authenticationKey == null ? "" : settings.authenticationKey;
        return key.length() > 8 ? key.substring(0, 8) : key;
    }

    private static String digest(OspfPacket packet, long sequence, String key) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String content = packet.getClass().getSimpleName() + ' ' + packet.routerId() + ' ' + packet.areaId() + ' '
                    + packet.hashCode() + ' ' + sequence;
            md5.update(content.getBytes(StandardCharsets.UTF_8));
            md5.update(Arrays.copyOf(key.getBytes(StandardCharsets.UTF_8), 16));
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every Java platform has MD5
        }
    }
}
