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

    /**
     * {@code scp -O FROM TO} with the legacy SCP protocol IOS speaks (OpenSSH 9 uses SFTP unless told);
     * {@code REMOTE:} in an argument stands for {@code admin@127.0.0.1:}.
     */
    Result scp(String from, String to) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sshpass", "-p", "admin", "scp", "-O",
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20",
                "-P", Integer.toString(port), from.replace("REMOTE:", "admin@127.0.0.1:"),
                to.replace("REMOTE:", "admin@127.0.0.1:")));
        return runClient(args, null);
    }

    private Result run(String command, String stdin) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sshpass", "-p", "admin", "ssh",
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20", "-p", Integer.toString(port)));
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
