package org.looplab.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A router's logging buffer: messages in order, oldest dropped first when the buffer's size in bytes is
 * exceeded, as IOS's {@code logging buffered} does. Counts every message ever logged, for
 * {@code show logging}'s header.
 */
public final class Syslog {
    /** IOS's default {@code logging buffered} size on the routers we imitate. */
    public static final int DEFAULT_BUFFER_BYTES = 8192;

    private final ArrayDeque<LogMessage> buffer = new ArrayDeque<>();
    private int bufferBytes = DEFAULT_BUFFER_BYTES;
    private int usedBytes;
    private long messagesLogged;

    public void log(long timeNanos, String text) {
        buffer.addLast(new LogMessage(timeNanos, text));
        usedBytes += text.length();
        messagesLogged++;
        while (usedBytes > bufferBytes && buffer.size() > 1) {
            usedBytes -= buffer.removeFirst().text().length();
        }
    }

    public List<LogMessage> messages() {
        return new ArrayList<>(buffer);
    }

    public long messagesLogged() {
        return messagesLogged;
    }

    public int bufferBytes() {
        return bufferBytes;
    }
}
