package org.looplab.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    private LogLevel bufferLevel = LogLevel.DEBUGGING;
    private int usedBytes;
    private long messagesLogged;
    private List<Consumer<LogMessage>> listeners = List.of();

    /** Hears every later message as it is logged (a lab-wide watcher, a timeline). */
    public void addListener(Consumer<LogMessage> listener) {
        List<Consumer<LogMessage>> more = new ArrayList<>(listeners);
        more.add(listener);
        listeners = List.copyOf(more);
    }

    /** Stops telling {@code listener} (a session's {@code terminal no monitor}, or its end). */
    public void removeListener(Consumer<LogMessage> listener) {
        List<Consumer<LogMessage>> fewer = new ArrayList<>(listeners);
        fewer.remove(listener);
        listeners = List.copyOf(fewer);
    }

    public void log(long timeNanos, String text) {
        LogMessage message = new LogMessage(timeNanos, text);
        messagesLogged++;
        if (LogLevel.severityOf(text) <= bufferLevel.severity()) {
            buffer.addLast(message);
            usedBytes += text.length();
        }
        while (usedBytes > bufferBytes && buffer.size() > 1) {
            usedBytes -= buffer.removeFirst().text().length();
        }
        for (Consumer<LogMessage> listener : listeners) {
            listener.accept(message);
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

    /** The highest severity the buffer keeps ({@code logging buffered LEVEL}); debugging by default. */
    public LogLevel bufferLevel() {
        return bufferLevel;
    }

    /**
     * {@code logging buffered [SIZE] [LEVEL]}: a new size empties the buffer, as IOS reallocates it; a null
     * argument keeps that setting.
     */
    public void setBuffered(Integer bytes, LogLevel level) {
        if (bytes != null && bytes != bufferBytes) {
            bufferBytes = bytes;
            buffer.clear();
            usedBytes = 0;
        }
        if (level != null) {
            bufferLevel = level;
        }
    }
}
