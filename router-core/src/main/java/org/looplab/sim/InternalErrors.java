package org.looplab.sim;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where a bug goes: a failure nobody expected (an event that throws, a command that crashes) is written
 * with its stack trace to {@code errors.log} in the lab's state folder, and the console gets one line
 * saying where and that the details are in that file. No Java class name or exception text reaches a
 * user's terminal or the console.
 */
public final class InternalErrors {
    private static volatile Path log;
    private static volatile java.io.PrintStream console = System.err;

    private InternalErrors() {
    }

    /** Keeps the details of later failures in {@code file} (appended). */
    public static void logTo(Path file) {
        log = file;
    }

    /** Where the one-line notes go (the lab's console: stderr). */
    public static void consoleTo(java.io.PrintStream stream) {
        console = stream;
    }

    /** Records {@code failure} ({@code where}: "in R1's command 'x'", "in an event at 12 ns"). */
    public static synchronized void report(String where, Throwable failure) {
        Path file = log;
        boolean kept = false;
        if (file != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter writer = new PrintWriter(trace)) {
                writer.println(Instant.now() + " internal error " + where);
                failure.printStackTrace(writer);
            }
            try {
                createOwnerOnly(file);
                Files.writeString(file, trace.toString(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                kept = true;
            } catch (IOException ignored) {
                // the console line below still says something went wrong
            }
        }
        console.println("looplab: internal error " + where + (kept ? " (details in " + file + ")" : ""));
    }

    /**
     * Creates the log readable by the lab's OS user only (rw-------), like the rest of the state folder: a
     * stack trace may hold a user's input. The permissions are given at creation, so no moment exists in
     * which others could open it. An existing file is left as it is (the state folder is made owner-only
     * at start); a file system without POSIX permissions gets a plain file.
     */
    static void createOwnerOnly(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // written meanwhile: appended below
        } catch (UnsupportedOperationException noPosix) {
            // not a POSIX file system: CREATE below makes a plain file
        }
    }
}
