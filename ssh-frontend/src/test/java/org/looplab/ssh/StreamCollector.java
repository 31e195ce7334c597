package org.looplab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Collects what a stream delivers on a background thread, and waits (with a timeout) for a text: the
 * reader thread wakes the waiters whenever text arrives or the stream ends.
 */
public final class StreamCollector {
    private final StringBuilder text = new StringBuilder();
    private boolean ended;

    public StreamCollector(InputStream in) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
                    synchronized (this) {
                        text.append(chunk);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // stream closed
            } finally {
                synchronized (this) {
                    ended = true;
                    notifyAll();
                }
            }
        }, "test-collector");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the collected text, from {@code from} on, contains {@code expected}; returns its end index. */
    public synchronized int await(String expected, int from, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int at = text.indexOf(expected, from);
            if (at >= 0) {
                return at + expected.length();
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                break;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("did not see '" + expected + "' after index " + from + " in:\n" + text);
    }

    /** Waits until the stream ends; true when it did within the timeout. */
    public synchronized boolean awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public synchronized boolean ended() {
        return ended;
    }

    public synchronized String text() {
        return text.toString();
    }
}
