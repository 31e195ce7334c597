package org.looplab.tcp;

import java.nio.ByteBuffer;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.TransportPayload;

/**
 * A TCP segment (RFC 9293 3.1): ports, sequence and acknowledgment numbers, flags, window, the MSS option
 * (on SYNs; 0 when absent), the data, and the RFC 2385 MD5 digest (null when absent). Sequence numbers are
 * 32-bit and wrap: compare them with {@link #before}. Its size on the wire is {@link #wireLength()}.
 */
public record TcpSegment(int sourcePort, int destinationPort, int sequence, int acknowledgment, int flags,
                         int window, int maxSegmentSize, byte[] data, byte[] md5Digest) implements TransportPayload {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    /** The fixed header, without options. */
    public static final int HEADER_BYTES = 20;
    private static final int MSS_OPTION_BYTES = 4;
    /** Kind 19, length 18, 16 digest bytes (RFC 2385 3.0). */
    private static final int MD5_OPTION_BYTES = 18;
    private static final byte[] NO_DATA = new byte[0];

    public TcpSegment {
        data = data == null ? NO_DATA : data;
    }

    /** A segment without options. */
    static TcpSegment of(int sourcePort, int destinationPort, int sequence, int acknowledgment, int flags,
                         int window, byte[] data) {
        return new TcpSegment(sourcePort, destinationPort, sequence, acknowledgment, flags, window, 0, data, null);
    }

    @Override
    public int protocol() {
        return Ipv4Packet.PROTOCOL_TCP;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Options padded to a multiple of 4 bytes (RFC 9293 3.1: the data offset counts 32-bit words). */
    public int optionBytes() {
        int raw = (maxSegmentSize > 0 ? MSS_OPTION_BYTES : 0) + (md5Digest != null ? MD5_OPTION_BYTES : 0);
        return (raw + 3) & ~3;
    }

    /** Header, options and data: the TCP length of the pseudo-header, what the statistics count. */
    public int wireLength() {
        return HEADER_BYTES + optionBytes() + data.length;
    }

    /** The sequence space the segment occupies: its data, plus one each for SYN and FIN (RFC 9293 3.4). */
    public int sequenceLength() {
        return data.length + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }

    TcpSegment withDigest(byte[] digest) {
        return new TcpSegment(sourcePort, destinationPort, sequence, acknowledgment, flags, window, maxSegmentSize,
                data, digest);
    }

    /** The fixed 20-byte header in network byte order with a zero checksum and urgent pointer. */
    byte[] fixedHeader() {
        int dataOffsetWords = (HEADER_BYTES + optionBytes()) / 4;
        return ByteBuffer.allocate(HEADER_BYTES)
                .putShort((short) sourcePort).putShort((short) destinationPort)
                .putInt(sequence).putInt(acknowledgment)
                .put((byte) (dataOffsetWords << 4)).put((byte) flags)
                .putShort((short) window)
                .putInt(0) // checksum and urgent pointer
                .array();
    }

    /** True when sequence number {@code a} comes before {@code b} in the wrapping 32-bit space (RFC 9293 3.4). */
    static boolean before(int a, int b) {
        return a - b < 0;
    }

    /** tcpdump's notation: {@code tcp 11000>179 [S.] seq 1 ack 2 win 16384 len 0 mss 536 md5}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("tcp ").append(sourcePort).append('>').append(destinationPort)
                .append(" [");
        if (has(SYN)) {
            text.append('S');
        }
        if (has(FIN)) {
            text.append('F');
        }
        if (has(RST)) {
            text.append('R');
        }
        if (has(PSH)) {
            text.append('P');
        }
        if (has(ACK)) {
            text.append('.');
        }
        text.append("] seq ").append(Integer.toUnsignedString(sequence));
        if (has(ACK)) {
            text.append(" ack ").append(Integer.toUnsignedString(acknowledgment));
        }
        text.append(" win ").append(window).append(" len ").append(data.length);
        if (maxSegmentSize > 0) {
            text.append(" mss ").append(maxSegmentSize);
        }
        return md5Digest != null ? text.append(" md5").toString() : text.toString();
    }
}
