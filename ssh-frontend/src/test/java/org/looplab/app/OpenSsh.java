package org.looplab.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenSSH client, with the password given by sshpass. It remembers host keys in its own
 * known_hosts file and refuses a key that changed, as a user's client would.
 */
final class OpenSsh {
    private final int port;
    private final Path knownHosts;
    private final String hostKeyChecking;

    OpenSsh(int port, Path knownHosts) {
        this(port, knownHosts, "accept-new");
    }

    /** {@code hostKeyChecking}: OpenSSH's StrictHostKeyChecking ({@code yes}: only keys known_hosts has). */
    OpenSsh(int port, Path knownHosts, String hostKeyChecking) {
        this.port = port;
        this.knownHosts = knownHosts;
        this.hostKeyChecking = hostKeyChecking;
    }

    static boolean available() {
        return ExternalTool.onPath("sshpass") && ExternalTool.onPath("ssh");
    }

    /**
     * {@code ssh -tt admin@127.0.0.1}: a shell with a PTY, as a person at a terminal; the caller types into
     * its stdin ({@link #type}) and reads the screen from its stdout (stderr merged).
     */
    static Process terminal(int port) throws IOException {
        return new ProcessBuilder(List.of("sshpass", "-p", "admin", "ssh", "-tt",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-p", Integer.toString(port), "admin@127.0.0.1"))
                .redirectErrorStream(true).start();
    }

    /** Types keys into a terminal's stdin. */
    static void type(java.io.OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** What a run of the client printed (stdout and stderr) and its exit status. */
    record Result(String output, int status) {
    }

    /** {@code ssh admin@127.0.0.1 'COMMAND'}: an exec request; returns stdout and stderr. */
    String exec(String command) throws IOException, InterruptedException {
        return run(command, null).output();
    }

    /** An exec request, with the exit status the router returned. */
    Result execWithStatus(String command) throws IOException, InterruptedException {
        return run(command, null);
    }

    /** {@code ssh -T}: a shell without a PTY, fed these lines on stdin, as a script would. */
    String shell(String lines) throws IOException, InterruptedException {
        return run(null, lines).output();
    }

    /** An exec request with more client options ({@code -o NAME=VALUE} each). */
    Result execWithOptions(String command, String... options) throws IOException, InterruptedException {
        return run(command, null, options);
    }

    /**
     * {@code scp -O FROM TO} with the legacy SCP protocol IOS speaks (OpenSSH 9 uses SFTP unless told);
     * {@code REMOTE:} in an argument stands for {@code admin@127.0.0.1:}.
     */
    Result scp(String from, String to) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sshpass", "-p", "admin", "scp", "-O",
                "-o", "StrictHostKeyChecking=" + hostKeyChecking, "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20",
                "-P", Integer.toString(port), from.replace("REMOTE:", "admin@127.0.0.1:"),
                to.replace("REMOTE:", "admin@127.0.0.1:")));
        return runClient(args, null);
    }

    /** {@link #shell} at OpenSSH's default log level, which prints the server's pre-login banner. */
    String shellShowingBanner(String lines) throws IOException, InterruptedException {
        return runLogging(null, lines, "INFO").output();
    }

    private Result run(String command, String stdin, String... options) throws IOException, InterruptedException {
        return runLogging(command, stdin, "ERROR", options);
    }

    private Result runLogging(String command, String stdin, String logLevel, String... options)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sshpass", "-p", "admin", "ssh",
                "-o", "StrictHostKeyChecking=" + hostKeyChecking, "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20", "-p", Integer.toString(port)));
        args.set(args.indexOf("LogLevel=ERROR"), "LogLevel=" + logLevel);
        for (String option : options) {
            args.add("-o");
            args.add(option);
        }
        if (stdin != null) {
            args.add("-T");
        }
        args.add("admin@127.0.0.1");
        if (command != null) {
            args.add(command);
        }
        return runClient(args, stdin);
    }

    /** Runs the client with {@code stdin} (or none) and waits for it; stdout and stderr together. */
    private static Result runClient(List<String> args, String stdin) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(args).redirectErrorStream(true).start();
        if (stdin != null) {
            client.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        client.getOutputStream().close();
        byte[] output = client.getInputStream().readAllBytes();
        if (!client.waitFor(30, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError(args.get(3) + " did not finish");
        }
        return new Result(new String(output, StandardCharsets.UTF_8), client.exitValue());
    }
}
