package org.looplab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.looplab.ssh.FreePorts;
import org.looplab.ssh.StreamCollector;

/**
 * One router run by {@code looplab run} from the startup-config a test gives, and the real OpenSSH client
 * logged in to it with a PTY ({@code ssh -tt}), as a person at a terminal: keys go in, the screen comes back.
 */
final class OneRouterTerminal implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    /** R1 with an admin user and Gi0/0 addressed, its cable to nowhere. */
    static final String ONE_LINK = """
            hostname R1
            username admin privilege 15 secret admin
            interface GigabitEthernet0/0
             ip address 10.0.12.1 255.255.255.0
            end
            """;
    /** R1 with the user admin (password admin) at privilege 15, nothing else. */
    static final String R1_ADMIN = """
            hostname R1
            username admin privilege 15 secret admin
            end
            """;

    private final LabProcess lab;
    final Process ssh;
    final StreamCollector screen;

    private OneRouterTerminal(LabProcess lab, Process ssh) {
        this.lab = lab;
        this.ssh = ssh;
        this.screen = new StreamCollector(ssh.getInputStream());
    }

    /** Skips the test without sshpass and OpenSSH; writes the lab into {@code folder} and logs in. */
    static OneRouterTerminal start(Path folder, String r1Config) throws IOException {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        OneRouterLabFiles.write(folder, r1Config);
        int port = FreePorts.consecutive(1);
        LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port);
        try {
            return new OneRouterTerminal(lab, OpenSsh.terminal(port));
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    void type(String keys) throws IOException {
        OpenSsh.type(ssh.getOutputStream(), keys);
    }

    /** The end index of {@code expected} on the screen from {@code from} on, waiting up to {@link #WAIT}. */
    int await(String expected, int from) {
        return screen.await(expected, from, WAIT);
    }

    @Override
    public void close() {
        ssh.destroyForcibly();
        lab.close();
    }
}
