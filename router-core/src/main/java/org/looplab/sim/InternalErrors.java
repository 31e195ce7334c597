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
                Files.writeString(file, trace.toString(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                kept = true;
            } catch (IOException ignored) {
                // the console line below still says something went wrong
            }
        }
        console.println("looplab: internal error " + where + (kept ? " (details in " + file + ")" : ""));
    }
}
