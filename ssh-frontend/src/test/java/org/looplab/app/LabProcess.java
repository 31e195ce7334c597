package org.looplab.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.looplab.ssh.StreamCollector;

/**
 * {@code looplab run} as a real child process: the main class on this test's classpath (the shaded jar is
 * built only after the tests, in the package phase), stdin for console commands, stdout collected.
 */
final class LabProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final StreamCollector out;
    private final OutputStream console;

    private LabProcess(Process process) {
        this.process = process;
        this.out = new StreamCollector(process.getInputStream());
        this.console = process.getOutputStream();
    }

    static LabProcess start(Path topology, Path stateDir, int port, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Looplab.class.getName(), "run", topology.toString(),
                "--state-dir", stateDir.toString(), "--port", Integer.toString(port)));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The user's looplab folder (host keys, console keys) in the test's folder, never the real home.
        builder.environment().put("LOOPLAB_USER_DIR", userFolder(stateDir).toString());
        Process process = builder.start();
        LabProcess lab = new LabProcess(process);
        lab.out.await("looplab: ready", 0, STARTUP);
        return lab;
    }

    /** The LOOPLAB_USER_DIR a lab started with this state folder gets: beside it. */
    static Path userFolder(Path stateDir) {
        return stateDir.toAbsolutePath().resolveSibling("looplab-home");
    }

    /** Types a console command and waits for {@code expected} in what follows. */
    String console(String line, String expected) throws IOException {
        int from = out.text().length();
        console.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        console.flush();
        int end = out.await(expected, from, Duration.ofSeconds(20));
        return out.text().substring(from, end);
    }

    String output() {
        return out.text();
    }

    /** Quits through the console and waits for the process to end. */
    int quit() throws IOException, InterruptedException {
        console.write("quit\n".getBytes(StandardCharsets.UTF_8));
        console.flush();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("looplab did not stop after quit:\n" + out.text());
        }
        return process.exitValue();
    }

    /** SIGKILL: the JVM ends at once, no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
