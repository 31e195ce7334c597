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

    OpenSsh(int port, Path knownHosts) {
        this.port = port;
        this.knownHosts = knownHosts;
    }

    static boolean available() {
        return ExternalTool.onPath("sshpass") && ExternalTool.onPath("ssh");
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

    /** {@link #shell} at OpenSSH's default log level, which prints the server's pre-login banner. */
    String shellShowingBanner(String lines) throws IOException, InterruptedException {
        return run(null, lines, "INFO").output();
    }

    private Result run(String command, String stdin) throws IOException, InterruptedException {
        return run(command, stdin, "ERROR");
    }

    private Result run(String command, String stdin, String logLevel) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sshpass", "-p", "admin", "ssh",
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20", "-p", Integer.toString(port)));
        args.set(args.indexOf("LogLevel=ERROR"), "LogLevel=" + logLevel);
        if (stdin != null) {
            args.add("-T");
        }
        args.add("admin@127.0.0.1");
        if (command != null) {
            args.add(command);
        }
        Process ssh = new ProcessBuilder(args).redirectErrorStream(true).start();
        if (stdin != null) {
            ssh.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        ssh.getOutputStream().close();
        byte[] output = ssh.getInputStream().readAllBytes();
        if (!ssh.waitFor(30, TimeUnit.SECONDS)) {
            ssh.destroyForcibly();
            throw new AssertionError("ssh did not finish");
        }
        return new Result(new String(output, StandardCharsets.UTF_8), ssh.exitValue());
    }
}
