package org.looplab.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * The lab console's own SSH endpoint, on 127.0.0.1 only (whatever {@code --bind-any} says: the console
 * rules the lab and the host's files), with the routers' host keys and algorithms and public-key
 * authentication only ({@link ConsoleKeys}). What a session does (a shell, an exec request) is the
 * console's business: the factories come from it.
 */
public final class ConsoleSshServer implements AutoCloseable {
    private final SshServer server;

    private ConsoleSshServer(SshServer server) {
        this.server = server;
    }

    public static ConsoleSshServer start(int port, Path keyFolder, PublickeyAuthenticator keys, ShellFactory shell,
            CommandFactory exec) throws IOException {
        MultiEndpointSshServer server = LabSshServer.newServer(keyFolder);
        server.setPublickeyAuthenticator(keys);
        server.setShellFactory(shell);
        server.setCommandFactory(exec);
        server.setHost("127.0.0.1");
        server.setPort(port);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            try {
                server.stop(true);
            } catch (IOException ignored) {
                // the bind failure is the one to report
            }
            throw LabSshServer.bindFailure(e, "the console", "127.0.0.1:" + port, "--console-port");
        }
        return new ConsoleSshServer(server);
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.getPort());
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            System.err.println("looplab: stopping the console's SSH server: " + e.getMessage());
        }
    }
}
