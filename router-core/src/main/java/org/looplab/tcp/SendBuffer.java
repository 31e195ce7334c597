package org.looplab.tcp;

import java.util.Arrays;

/** The bytes an application gave a connection that the peer has not acknowledged yet, oldest first. */
final class SendBuffer {
    private byte[] bytes = new byte[1024];
    private int start;
    private int end;

    int size() {
        return end - start;
    }

    void append(byte[] data) {
        if (end + data.length > bytes.length) {
            int size = size();
            byte[] larger = size + data.length > bytes.length
                    ? new byte[Math.max(bytes.length * 2, size + data.length)] : bytes;
            System.arraycopy(bytes, start, larger, 0, size);
            bytes = larger;
            start = 0;
            end = size;
        }
        System.arraycopy(data, 0, bytes, end, data.length);
        end += data.length;
    }

    /** A copy of {@code length} bytes from {@code offset} (counted from the oldest byte). */
    byte[] copy(int offset, int length) {
        return Arrays.copyOfRange(bytes, start + offset, start + offset + length);
    }

    /** Forgets the {@code count} oldest bytes (acknowledged). */
    void discard(int count) {
        start += count;
        if (start == end) {
            start = 0;
            end = 0;
        }
    }
}
