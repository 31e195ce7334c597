package org.looplab.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records, with the JDK's flight recorder, every file read or write and every process start in this JVM
 * while it runs, and lists them except the JVM's own: loading classes and resources from the class path (a
 * class loader or a zip file on the stack), the entropy the SSH transport draws from /dev/urandom, the test
 * harness's stdin (surefire's command thread) and the lab's own H2 database in its state folder (the
 * timeline keeps every log line, a login's too; the watchdog of its lock file, which H2's AUTO_SERVER mode
 * reads every second).
 */
public final class HostAccessRecorder implements AutoCloseable {
    private static final List<String> EVENTS = List.of("jdk.FileRead", "jdk.FileWrite", "jdk.ProcessStart");

    private final Recording recording = new Recording();

    public HostAccessRecorder() {
        for (String event : EVENTS) {
            recording.enable(event).withoutThreshold().withStackTrace();
        }
        recording.start();
    }

    /** Stops recording; each access as "event path (thread)" with the top of its stack. */
    public List<String> accesses() throws IOException {
        recording.stop();
        Path dump = Files.createTempFile("host-access", ".jfr");
        try {
            recording.dump(dump);
            List<String> accesses = new ArrayList<>();
            for (RecordedEvent event : RecordingFile.readAllEvents(dump)) {
                String path = event.hasField("path") ? event.getString("path") : event.getString("command");
                if (!isTheJvmsOwn(event, path)) {
                    accesses.add(event.getEventType().getName() + " " + path + " ("
                            + (event.getThread() == null ? "?" : event.getThread().getJavaName()) + ")\n"
                            + (event.getStackTrace() == null ? "" : event.getStackTrace().getFrames().stream()
                                    .limit(12).map(frame -> "    at " + frame.getMethod().getType().getName() + "."
                                            + frame.getMethod().getName()).reduce("", (a, b) -> a + b + "\n")));
                }
            }
            return accesses;
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static boolean isTheJvmsOwn(RecordedEvent event, String path) {
        // Surefire's command thread reads the forked test JVM's stdin (a FileRead without a path) whenever
        // the build sends it a command: the harness, not the lab.
        if (event.getThread() != null && event.getThread().getJavaName() != null
                && event.getThread().getJavaName().startsWith("surefire-")) {
            return true;
        }
        return "/dev/urandom".equals(path) || event.getStackTrace() != null && event.getStackTrace().getFrames()
                .stream().map(frame -> frame.getMethod().getType().getName())
                .anyMatch(type -> type.startsWith("jdk.internal.loader.") || type.equals("java.lang.ClassLoader")
                        || type.startsWith("java.util.zip.ZipFile") || type.startsWith("org.h2.mvstore.") || type.equals("org.h2.store.FileLock"));
    }

    @Override
    public void close() {
        recording.close();
    }
}
