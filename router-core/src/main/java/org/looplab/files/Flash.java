package org.looplab.files;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.router.Router;

/**
 * A router's {@code flash0:} (also {@code flash:}), as an IOSv has it: the image, then the files written
 * since. The lab keeps the files in its store ({@code ConfigStore}); this is the router's view of them, read
 * and changed on the kernel thread. Each file keeps the index IOS's {@code dir} numbers it with, given once
 * in creation order.
 */
public final class Flash {
    /** IOSv's flash0:: its size, and what is free with only the image on it. */
    public static final long TOTAL_BYTES = 2142715904L;
    public static final long FREE_WITH_IMAGE = 1994661888L;
    public static final String IMAGE = "vios-adventerprisek9-m";
    public static final long IMAGE_BYTES = 147639164L;
    /** The image's date in dir: the build the image names. */
    public static final Instant IMAGE_DATE = Instant.parse("2022-08-05T10:58:00Z");

    /** {@code file prompt alert|noisy|quiet}: how much file commands ask. */
    public enum Prompting { ALERT, NOISY, QUIET }

    private Prompting prompting = Prompting.ALERT;
    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private int nextIndex = 2; // 1 is the image

    /** The flash of {@code router}, created empty on first use. */
    public static Flash of(Router router) {
        return router.attachment(Flash.class, r -> new Flash());
    }

    public Prompting prompting() {
        return prompting;
    }

    public void setPrompting(Prompting prompting) {
        this.prompting = prompting;
    }

    public StoredFile get(String name) {
        return files.get(name);
    }

    /** Files in dir's order (by index). */
    public List<StoredFile> files() {
        return new ArrayList<>(files.values());
    }

    public int indexOf(String name) {
        return indexes.getOrDefault(name, 0);
    }

    /** Writes (or overwrites, keeping its index) a file. */
    public void put(StoredFile file) {
        files.put(file.name(), file);
        indexes.computeIfAbsent(file.name(), name -> nextIndex++);
    }

    public StoredFile remove(String name) {
        indexes.remove(name);
        return files.remove(name);
    }

    /** Puts back what {@code name} was before a write the store refused: {@code previous}, or no file. */
    public void restore(String name, StoredFile previous) {
        if (previous == null) {
            remove(name);
        } else {
            put(previous);
        }
    }

    public long freeBytes() {
        long used = 0;
        for (StoredFile file : files.values()) {
            used += file.size();
        }
        return FREE_WITH_IMAGE - used;
    }
}
