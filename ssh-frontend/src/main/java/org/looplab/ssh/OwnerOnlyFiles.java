package org.looplab.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps the lab's secrets (host keys, the config database with its {@code username} lines) readable by
 * the lab's OS user only: the state folder rwx------, its files rw-------. A no-op where the file system
 * has no POSIX permissions.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    /** Creates the folder if needed and makes it, and every file already in it, owner-only. */
    public static void folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, "rwx------");
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    restrict(file, "rw-------");
                }
            }
        }
    }

    /** Makes an existing file owner-only. */
    public static void file(Path file) throws IOException {
        restrict(file, "rw-------");
    }

    private static void restrict(Path path, String permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString(permissions));
        }
    }
}
