package org.looplab.tcp;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.net.Ipv4Address;

/**
 * The TCP MD5 signature option (RFC 2385, IOS's {@code neighbor A password}). The digest covers, in this
 * order (RFC 2385 2.0): the pseudo-header (source, destination, zero, protocol 6, TCP length), the fixed
 * TCP header with a zero checksum and without options, the data, and the key.
 */
final class Md5Signature {
    private static final int DIGEST_BYTES = 16;

    private Md5Signature() {
    }

    /** The segment with its digest option filled in. */
    static TcpSegment sign(Ipv4Address source, Ipv4Address destination, TcpSegment segment, byte[] key) {
        return segment.withDigest(digest(source, destination, segment.withDigest(new byte[DIGEST_BYTES]), key));
    }

    /** True when the segment carries the digest that {@code key} gives. */
    static boolean verify(Ipv4Address source, Ipv4Address destination, TcpSegment segment, byte[] key) {
        return segment.md5Digest() != null
                && MessageDigest.isEqual(segment.md5Digest(), digest(source, destination, segment, key));
    }

    /** The digest of a segment that carries the option (its value is not covered, its length is). */
    private static byte[] digest(Ipv4Address source, Ipv4Address destination, TcpSegment segment, byte[] key) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        md5.update(ByteBuffer.allocate(12)
                .putInt(source.bits()).putInt(destination.bits())
                .put((byte) 0).put((byte) Ipv4Packet.PROTOCOL_TCP)
                .putShort((short) segment.wireLength())
                .array());
        md5.update(segment.fixedHeader());
        md5.update(segment.data());
        md5.update(key);
        return md5.digest();
    }
}
