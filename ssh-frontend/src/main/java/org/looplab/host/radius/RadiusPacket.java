package org.looplab.host.radius;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A RADIUS packet and the bytes of its wire format (RFC 2865 section 3): Code, Identifier, Length, a 16-octet
 * Authenticator, then attributes as type, length, value. Builds Access-Request (RFC 2865 4.1) with the
 * User-Password hidden by the shared secret (5.2) and a Message-Authenticator (RFC 3579 3.2), and
 * Accounting-Request (RFC 2866 4.1) with its Request Authenticator (RFC 2866 3); checks a reply's Response
 * Authenticator (RFC 2865 3) and its Message-Authenticator when it has one.
 */
public final class RadiusPacket {
    public static final int ACCESS_REQUEST = 1;
    public static final int ACCESS_ACCEPT = 2;
    public static final int ACCESS_REJECT = 3;
    public static final int ACCOUNTING_REQUEST = 4;
    public static final int ACCOUNTING_RESPONSE = 5;

    // Attribute types: RFC 2865 section 5, RFC 2866 section 5, RFC 3579 section 3.2.
    public static final int USER_NAME = 1;
    public static final int USER_PASSWORD = 2;
    public static final int NAS_IP_ADDRESS = 4;
    public static final int NAS_PORT = 5;
    public static final int SERVICE_TYPE = 6;
    public static final int VENDOR_SPECIFIC = 26;
    public static final int CALLING_STATION_ID = 31;
    public static final int NAS_IDENTIFIER = 32;
    public static final int ACCT_STATUS_TYPE = 40;
    public static final int ACCT_DELAY_TIME = 41;
    public static final int ACCT_SESSION_ID = 44;
    public static final int ACCT_AUTHENTIC = 45;
    public static final int ACCT_SESSION_TIME = 46;
    public static final int NAS_PORT_TYPE = 61;
    public static final int MESSAGE_AUTHENTICATOR = 80;

    /** NAS-Port-Type Virtual (RFC 2865 5.41): "Virtual" is a connection to the NAS by telnet or SSH. */
    public static final int PORT_TYPE_VIRTUAL = 5;
    /** Service-Type Login (RFC 2865 5.6), as IOS asks for an EXEC login. */
    public static final int SERVICE_LOGIN = 1;
    /** Acct-Status-Type Start and Stop (RFC 2866 5.1); Acct-Authentic RADIUS and Local (5.6). */
    public static final int STATUS_START = 1;
    public static final int STATUS_STOP = 2;
    public static final int AUTHENTIC_RADIUS = 1;
    public static final int AUTHENTIC_LOCAL = 2;
    /** Cisco's vendor number (IANA enterprise 9) and its cisco-avpair attribute. */
    public static final int VENDOR_CISCO = 9;
    public static final int CISCO_AVPAIR = 1;

    private static final int HEADER = 20;
    private static final int MAX_LENGTH = 4096;

    /** One attribute: its type and value octets. */
    public record Attribute(int type, byte[] value) {
        public String text() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private final int code;
    private final int identifier;
    private final byte[] authenticator;
    private final List<Attribute> attributes;

    private RadiusPacket(int code, int identifier, byte[] authenticator, List<Attribute> attributes) {
        this.code = code;
        this.identifier = identifier;
        this.authenticator = authenticator;
        this.attributes = List.copyOf(attributes);
    }

    public int code() {
        return code;
    }

    public int identifier() {
        return identifier;
    }

    public byte[] authenticator() {
        return authenticator.clone();
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The values of every attribute of {@code type}, in order. */
    public List<Attribute> all(int type) {
        return attributes.stream().filter(a -> a.type() == type).toList();
    }

    /** The cisco-avpair texts of the packet's Vendor-Specific attributes (RFC 2865 5.26). */
    public List<String> ciscoAvPairs() {
        List<String> pairs = new ArrayList<>();
        for (Attribute attribute : all(VENDOR_SPECIFIC)) {
            byte[] v = attribute.value();
            if (v.length < 6) {
                continue;
            }
            int vendor = ((v[0] & 0xFF) << 24) | ((v[1] & 0xFF) << 16) | ((v[2] & 0xFF) << 8) | (v[3] & 0xFF);
            int type = v[4] & 0xFF;
            int length = v[5] & 0xFF;
            if (vendor == VENDOR_CISCO && type == CISCO_AVPAIR && length >= 2 && length <= v.length - 4) {
                pairs.add(new String(v, 6, length - 2, StandardCharsets.UTF_8));
            }
        }
        return pairs;
    }

    /** Attributes under construction, in the order they go on the wire. */
    public static final class Attributes {
        private final List<Attribute> list = new ArrayList<>();

        public Attributes text(int type, String value) {
            return octets(type, value.getBytes(StandardCharsets.UTF_8));
        }

        public Attributes integer(int type, long value) {
            return octets(type, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        }

        public Attributes octets(int type, byte[] value) {
            if (value.length > 253) {
                throw new IllegalArgumentException("an attribute carries at most 253 octets (RFC 2865 5)");
            }
            list.add(new Attribute(type, value.clone()));
            return this;
        }
    }

    /**
     * An Access-Request: {@code requestAuthenticator} is 16 unpredictable octets (RFC 2865 3); the password
     * goes hidden (5.2) and a Message-Authenticator is added last (RFC 3579 3.2).
     */
    public static byte[] accessRequest(int identifier, byte[] requestAuthenticator, byte[] secret, String user,
            String password, Attributes others) {
        List<Attribute> list = new ArrayList<>();
        list.add(new Attribute(USER_NAME, user.getBytes(StandardCharsets.UTF_8)));
        list.add(new Attribute(USER_PASSWORD, hidePassword(password.getBytes(StandardCharsets.UTF_8), secret, requestAuthenticator)));
        list.addAll(others.list);
        list.add(new Attribute(MESSAGE_AUTHENTICATOR, new byte[16]));
        byte[] packet = encode(ACCESS_REQUEST, identifier, requestAuthenticator, list);
        byte[] mac = hmacMd5(secret, packet);
        System.arraycopy(mac, 0, packet, packet.length - 16, 16);
        return packet;
    }

    /**
     * An Accounting-Request: its Request Authenticator is MD5(Code + Identifier + Length + 16 zero octets +
     * attributes + secret) (RFC 2866 3).
     */
    public static byte[] accountingRequest(int identifier, byte[] secret, Attributes attributes) {
        byte[] packet = encode(ACCOUNTING_REQUEST, identifier, new byte[16], attributes.list);
        byte[] authenticator = md5(packet, secret);
        System.arraycopy(authenticator, 0, packet, 4, 16);
        return packet;
    }

    /**
     * RFC 2865 5.2: the password, padded with nulls to a multiple of 16 octets, in blocks p1..pn;
     * c1 = p1 XOR MD5(S + RA), ci = pi XOR MD5(S + c(i-1)).
     */
    static byte[] hidePassword(byte[] password, byte[] secret, byte[] requestAuthenticator) {
        if (password.length > 128) {
            throw new IllegalArgumentException("a User-Password is at most 128 octets (RFC 2865 5.2)");
        }
        int length = Math.max(16, (password.length + 15) / 16 * 16);
        byte[] hidden = Arrays.copyOf(password, length);
        byte[] previous = requestAuthenticator;
        for (int block = 0; block < length; block += 16) {
            byte[] pad = md5(secret, previous);
            for (int i = 0; i < 16; i++) {
                hidden[block + i] ^= pad[i];
            }
            previous = Arrays.copyOfRange(hidden, block, block + 16);
        }
        return hidden;
    }

    /**
     * Reads a reply to the request that had {@code identifier} and {@code requestAuthenticator}; null when
     * it is malformed, answers another request, or fails its Response Authenticator, MD5(Code + Identifier
     * + Length + RequestAuth + Attributes + Secret) (RFC 2865 3), or its Message-Authenticator, an HMAC-MD5
     * over the reply with the Request Authenticator in place (RFC 3579 3.2). Such a reply is dropped
     * silently, as RFC 2865 says.
     */
    public static RadiusPacket reply(byte[] data, int length, int identifier, byte[] requestAuthenticator, byte[] secret) {
        RadiusPacket packet = decode(data, length);
        if (packet == null || packet.identifier != identifier) {
            return null;
        }
        byte[] bytes = Arrays.copyOf(data, length(data));
        byte[] check = bytes.clone();
        System.arraycopy(requestAuthenticator, 0, check, 4, 16);
        if (!MessageDigest.isEqual(md5(check, secret), packet.authenticator)) {
            return null;
        }
        int offset = HEADER;
        while (offset < check.length) {
            int type = check[offset] & 0xFF;
            int attributeLength = check[offset + 1] & 0xFF;
            if (type == MESSAGE_AUTHENTICATOR) {
                if (attributeLength != 18) {
                    return null;
                }
                byte[] received = Arrays.copyOfRange(check, offset + 2, offset + 18);
                Arrays.fill(check, offset + 2, offset + 18, (byte) 0);
                if (!MessageDigest.isEqual(hmacMd5(secret, check), received)) {
                    return null;
                }
                break;
            }
            offset += attributeLength;
        }
        return packet;
    }

    /** A packet from its bytes, or null when the lengths do not add up (RFC 2865 3). */
    public static RadiusPacket decode(byte[] data, int received) {
        if (received < HEADER) {
            return null;
        }
        int length = length(data);
        if (length < HEADER || length > MAX_LENGTH || length > received) {
            return null;
        }
        List<Attribute> list = new ArrayList<>();
        int offset = HEADER;
        while (offset < length) {
            if (offset + 2 > length) {
                return null;
            }
            int type = data[offset] & 0xFF;
            int attributeLength = data[offset + 1] & 0xFF;
            if (attributeLength < 2 || offset + attributeLength > length) {
                return null;
            }
            list.add(new Attribute(type, Arrays.copyOfRange(data, offset + 2, offset + attributeLength)));
            offset += attributeLength;
        }
        return new RadiusPacket(data[0] & 0xFF, data[1] & 0xFF, Arrays.copyOfRange(data, 4, 20), list);
    }

    private static int length(byte[] data) {
        return ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
    }

    private static byte[] encode(int code, int identifier, byte[] authenticator, List<Attribute> list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(code);
        out.write(identifier);
        out.write(0);
        out.write(0);
        out.writeBytes(authenticator);
        for (Attribute attribute : list) {
            out.write(attribute.type());
            out.write(attribute.value().length + 2);
            out.writeBytes(attribute.value());
        }
        byte[] packet = out.toByteArray();
        if (packet.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a RADIUS packet is at most 4096 octets (RFC 2865 3)");
        }
        packet[2] = (byte) (packet.length >>> 8);
        packet[3] = (byte) packet.length;
        return packet;
    }

    static byte[] md5(byte[] first, byte[] second) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(first);
            md5.update(second);
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java", e);
        }
    }

    static byte[] hmacMd5(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(key, "HmacMD5"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is part of every Java", e);
        }
    }
}
