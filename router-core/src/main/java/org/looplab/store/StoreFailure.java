package org.looplab.store;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reason a store operation failed, in the words IOS puts in brackets after
 * {@code %Error writing nvram:startup-config}: the operating system's words for a full disk, IOS's
 * {@code Device is read-only} and {@code Permission denied}, else {@code I/O error}. Never a class name or
 * the driver's text: those stay out of the user's terminal.
 */
public final class StoreFailure {
    public static final String NO_SPACE = "No space left on device";
    public static final String READ_ONLY = "Device is read-only";
    public static final String PERMISSION_DENIED = "Permission denied";
    public static final String IO_ERROR = "I/O error";

    /** H2's ErrorCode.NO_DISK_SPACE_AVAILABLE and DATABASE_IS_READ_ONLY. */
    private static final int H2_NO_DISK_SPACE = 90100;
    private static final int H2_READ_ONLY = 90097;

    private StoreFailure() {
    }

    public static String reason(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            String message = lower(t);
            if ((t instanceof SQLException sql && sql.getErrorCode() == H2_NO_DISK_SPACE)
                    || message.contains("no space left on device") || message.contains("not enough space on the disk")
                    || message.contains("disk full") || message.contains("no disk space")) {
                return NO_SPACE;
            }
        }
        for (Throwable t : chain) {
            String message = lower(t);
            if ((t instanceof SQLException sql && sql.getErrorCode() == H2_READ_ONLY)
                    || message.contains("read-only file system") || message.contains("read only")) {
                return READ_ONLY;
            }
            if (t instanceof AccessDeniedException || message.contains("permission denied")
                    || message.contains("access denied")) {
                return PERMISSION_DENIED;
            }
        }
        return IO_ERROR;
    }

    /** The failure, its causes, suppressed exceptions and SQL next exceptions, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>();
        pending.add(failure);
        while (!pending.isEmpty() && found.size() < 32) {
            Throwable t = pending.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            found.add(t);
            pending.add(t.getCause());
            pending.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException sql) {
                pending.add(sql.getNextException());
            }
        }
        return found;
    }

    private static String lower(Throwable t) {
        return String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
    }
}
