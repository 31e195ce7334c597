package org.looplab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /** The file whose lock says a lab runs on the folder. */
    static final String LOCK_FILE = "lab.lock";

    /**
     * Locks the folder for one running lab, until the returned lock is closed. The database alone no
     * longer refuses a second lab: it serves other processes (AUTO_SERVER, for {@code looplab events}).
     */
    static AutoCloseable lock(Path folder) throws LabStartupException {
        Path file = folder.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                FileChannel held = channel;
                return held::close;
            }
        } catch (OverlappingFileLockException sameProcess) {
            // this JVM runs a lab on the folder already
        } catch (IOException e) {
            throw new LabStartupException("cannot lock the state folder " + file.toAbsolutePath() + ": " + FileReason.of(e));
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // refused anyway
        }
        throw new LabStartupException("the state folder " + folder.toAbsolutePath()
                + " is in use: another looplab runs this lab (stop it, or give this one --state-dir)");
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
