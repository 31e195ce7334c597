package org.looplab.files;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.looplab.router.Router;

/**
 * The {@code archive} block of a router: where copies of the running-config go ({@code path}), whether
 * {@code write memory} makes one, how many are kept, and the copies made since boot, oldest first (as on
 * IOS, the list starts empty at boot; the files stay on flash). Kernel thread.
 */
public final class ConfigArchive {
    /** IOS keeps ten copies unless told otherwise, and at most fourteen. */
    public static final int DEFAULT_MAXIMUM = 10;
    public static final int MAX_MAXIMUM = 14;

    private boolean configured;
    private String path;
    private boolean writeMemory;
    private int maximum = DEFAULT_MAXIMUM;
    private int timePeriodMinutes;
    private final List<String> keptLines = new ArrayList<>();
    private final Deque<String> copies = new ArrayDeque<>();
    private int next;

    public static ConfigArchive of(Router router) {
        return router.attachment(ConfigArchive.class, r -> new ConfigArchive());
    }

    /** True once the {@code archive} line was given (and not taken back). */
    public boolean configured() {
        return configured;
    }

    public void setConfigured(boolean on) {
        configured = on;
        if (!on) {
            path = null;
            writeMemory = false;
            maximum = DEFAULT_MAXIMUM;
            timePeriodMinutes = 0;
            keptLines.clear();
        }
    }

    /** {@code path URL} as typed ({@code flash:archive}), or null. */
    public String path() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public boolean writeMemory() {
        return writeMemory;
    }

    public void setWriteMemory(boolean on) {
        writeMemory = on;
    }

    public int maximum() {
        return maximum;
    }

    public void setMaximum(int maximum) {
        this.maximum = maximum;
    }

    /** {@code time-period N}: minutes between periodic copies; 0 for none. */
    public int timePeriodMinutes() {
        return timePeriodMinutes;
    }

    public void setTimePeriodMinutes(int minutes) {
        this.timePeriodMinutes = minutes;
    }

    /** The block's lines kept without behaviour ({@code log config} and its lines), in order. */
    public List<String> keptLines() {
        return keptLines;
    }

    /** The copies' urls, oldest first. */
    public List<String> copies() {
        return new ArrayList<>(copies);
    }

    /** A reload: the list starts empty and numbering from 0 again, as at boot; the files stay on flash. */
    public void forgetCopies() {
        copies.clear();
        next = 0;
    }

    /** The url the next copy gets: the path, a dash and a number counting from 0. */
    public String nextCopy() {
        return path + "-" + next;
    }

    /** Records the next copy; returns the url of the oldest one, now beyond the maximum, or null. */
    public String addCopy() {
        copies.addLast(nextCopy());
        next++;
        return copies.size() > maximum ? copies.removeFirst() : null;
    }

    /** Takes back the last {@link #addCopy} (its write failed), with the copy it pushed out. */
    public void undoCopy(String pushedOut) {
        copies.removeLast();
        next--;
        if (pushedOut != null) {
            copies.addFirst(pushedOut);
        }
    }
}
