package org.looplab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.looplab.topology.FileReason;

/**
 * The check, before anything starts, that the lab can write its state folder (and the database file in
 * it, when the store is the folder's H2 file): otherwise the first {@code write memory} would be the one
 * to find out. The failure is one line naming the file and the reason.
 */
final class StateFolder {
    /** The file H2 keeps a {@code jdbc:h2:file:FOLDER/looplab} database in. */
    static final String DATABASE_FILE = "looplab.mv.db";

    private StateFolder() {
    }

    static void checkWritable(Path folder, boolean holdsTheDatabase) throws LabStartupException {
        Path probe = null;
        try {
            probe = Files.createTempFile(folder, ".looplab-write-check", ".tmp");
            Files.writeString(probe, "looplab\n");
        } catch (IOException e) {
            throw new LabStartupException("cannot write in the state folder " + folder.toAbsolutePath() + ": "
                    + FileReason.of(e));
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a leftover empty probe file is harmless
                }
            }
        }
        Path database = folder.resolve(DATABASE_FILE);
        if (holdsTheDatabase && Files.isDirectory(database)) {
            throw new LabStartupException("cannot write the config store " + database.toAbsolutePath()
                    + ": it is a folder, not a file");
        }
        if (holdsTheDatabase && Files.exists(database) && !Files.isWritable(database)) {
            throw new LabStartupException("cannot write the config store " + database.toAbsolutePath()
                    + ": permission denied");
        }
    }
}
