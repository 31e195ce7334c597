package org.looplab.bgp.message;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts the byte stream of a TCP connection into BGP messages by their header's length field (RFC 4271
 * 4.1). A bad marker or length gives the NOTIFICATION to send, after which the stream is not read further.
 */
public final class MessageFramer {
    private byte[] buffer = new byte[0];
    private int used;
    private boolean failed;

    /**
     * Appends received bytes and hands each complete message to {@code message}; returns the NOTIFICATION
     * for a broken header, or null.
     */
    public NotificationMessage accept(byte[] data, Consumer<byte[]> message) {
        if (failed) {
            return null;
        }
        if (buffer.length < used + data.length) {
            buffer = Arrays.copyOf(buffer, Math.max(used + data.length, buffer.length * 2));
        }
        System.arraycopy(data, 0, buffer, used, data.length);
        used += data.length;
        int start = 0;
        while (used - start >= BgpMessage.HEADER_LENGTH) {
            Object header = MessageCodec.checkHeader(buffer, start);
            if (header instanceof NotificationMessage error) {
                failed = true;
                return error;
            }
            int length = (Integer) header;
            if (used - start < length) {
                break;
            }
            message.accept(Arrays.copyOfRange(buffer, start, start + length));
            start += length;
            if (failed) {
                return null;
            }
        }
        System.arraycopy(buffer, start, buffer, 0, used - start);
        used -= start;
        if (used == 0 && buffer.length > BgpMessage.MAX_LENGTH) {
            buffer = new byte[0];
        }
        return null;
    }

    /** Stops reading: later bytes are ignored (after a NOTIFICATION was sent, or the session closed). */
    public void stop() {
        failed = true;
    }
}
