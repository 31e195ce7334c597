package org.looplab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Collects what a stream delivers on a background thread, and waits (with a timeout) for a text. */
public final class StreamCollector {
    private final StringBuffer text = new StringBuffer();
    private volatile boolean ended;

    public StreamCollector(InputStream in) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // stream closed
            } finally {
                ended = true;
            }
        }, "test-collector");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the collected text, from {@code from} on, contains {@code expected}; returns its end index. */
    public int await(String expected, int from, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int at = text.indexOf(expected, from);
            if (at >= 0) {
                return at + expected.length();
            }
            if (ended) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("did not see '" + expected + "' after index " + from + " in:\n" + text);
    }

    public boolean ended() {
        return ended;
    }

    public String text() {
        return text.toString();
    }
}
