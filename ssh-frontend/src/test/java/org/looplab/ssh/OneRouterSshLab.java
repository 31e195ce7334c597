package org.looplab.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Router;
import org.looplab.topology.TopologyLoader;

/** A lab of one router, r1, started from a config text behind the SSH server, and MINA's client to reach it. */
final class OneRouterSshLab implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RunningLab running;
    private final LabSshServer server;
    private final SshClient client;
    private final int port;

    private OneRouterSshLab(RunningLab running, LabSshServer server, SshClient client, int port) {
        this.running = running;
        this.server = server;
        this.client = client;
        this.port = port;
    }

    static OneRouterSshLab start(Path folder, String config, LoginPolicy policy) throws Exception {
        Files.writeString(folder.resolve("r1.cfg"), config);
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        Path state = folder.resolve("state");
        RunningLab running = LabStarter.start(TopologyLoader.load(folder), new LabOptions(state, null, false, 1, 1.0));
        int port = FreePorts.consecutive(1);
        LabSshServer server = LabSshServer.start(EndpointPlan.plan(running.lab().routers(), port, false, false), state,
                policy);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true); // a throwaway test key
        client.start();
        return new OneRouterSshLab(running, server, client, port);
    }

    int port() {
        return port;
    }

    Router router() {
        return running.lab().router("r1");
    }

    /** A connected, not yet authenticated session as {@code user}. */
    ClientSession connect(String user) throws IOException {
        return client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
    }

    ClientSession login(String user, String password) throws IOException {
        ClientSession session = connect(user);
        session.addPasswordIdentity(password);
        session.auth().verify(TIMEOUT);
        return session;
    }

    @Override
    public void close() throws IOException {
        client.stop();
        server.close();
        running.close();
    }
}
