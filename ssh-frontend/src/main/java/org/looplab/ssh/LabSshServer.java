package org.looplab.ssh;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;

/**
 * One MINA SSH server for the whole lab, listening on every router's endpoint. The router a connection
 * is for is the one whose endpoint accepted it. The host keys live in the state folder ({@link HostKeys}),
 * so clients see the same keys run after run; the algorithms are {@link SshAlgorithms}'. Password
 * authentication only, against the routers' {@code username} lines, with IOS's retries and log messages.
 */
public final class LabSshServer implements AutoCloseable {
    private final MultiEndpointSshServer server;
    private final EndpointDirectory directory;
    private final ScheduledExecutorService loginDelays;

    private LabSshServer(MultiEndpointSshServer server, EndpointDirectory directory,
            ScheduledExecutorService loginDelays) {
        this.server = server;
        this.directory = directory;
        this.loginDelays = loginDelays;
    }

    /** {@link #start(List, Path, LoginPolicy)} with IOS's login defaults. */
    public static LabSshServer start(List<RouterEndpoint> endpoints, Path stateDir) throws IOException {
        return start(endpoints, stateDir, LoginPolicy.IOS_DEFAULT);
    }

    /** {@link #start(List, Path, LoginPolicy, ManagementStation)} with the default management station. */
    public static LabSshServer start(List<RouterEndpoint> endpoints, Path stateDir, LoginPolicy loginPolicy)
            throws IOException {
        return start(endpoints, stateDir, loginPolicy, ManagementStation.DEFAULT);
    }

    /**
     * Starts listening on every endpoint; fails with a one-line message when an address is taken. Host
     * sessions take vty lines and are seen by the routers as coming from {@code station}.
     */
    public static LabSshServer start(List<RouterEndpoint> endpoints, Path stateDir, LoginPolicy loginPolicy,
                                     ManagementStation station) throws IOException {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no endpoints");
        }
        OwnerOnlyFiles.folder(stateDir);
        EndpointDirectory directory = new EndpointDirectory(endpoints);
        MultiEndpointSshServer server = (MultiEndpointSshServer) ServerBuilder.builder()
                .factory(MultiEndpointSshServer::new)
                .build();
        server.setKeyPairProvider(HostKeys.load(stateDir));
        SshAlgorithms.apply(server);
        ScheduledExecutorService loginDelays = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "looplab-login-delays");
            thread.setDaemon(true);
            return thread;
        });
        server.setPasswordAuthenticator(new RouterPasswordAuthenticator(directory, loginPolicy, loginDelays, station));
        server.addSessionListener(new VtyGate(directory, station));
        server.setServiceFactories(java.util.List.of(new PreAuthBanner(directory),
                org.apache.sshd.server.session.ServerConnectionServiceFactory.INSTANCE));
        // Plain "password" only: MINA's keyboard-interactive wrapper makes OpenSSH print its instruction text.
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator(null);
        // Echoes and prompts are small writes: without TCP_NODELAY, Nagle and delayed ACKs hold each
        // keystroke's answer ~40 ms.
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        SessionCapacity.apply(server);
        server.setShellFactory(channel -> new RouterShell());
        server.setCommandFactory((channel, command) -> new RouterExecCommand(command));
        InetSocketAddress first = endpoints.get(0).address();
        server.setHost(first.getAddress().getHostAddress());
        server.setPort(first.getPort());
        RouterEndpoint binding = endpoints.get(0);
        try {
            server.start();
            for (RouterEndpoint endpoint : endpoints.subList(1, endpoints.size())) {
                binding = endpoint;
                server.bindAlso(endpoint.address());
            }
        } catch (IOException | RuntimeException e) {
            try {
                server.stop(true);
            } catch (IOException ignored) {
                // the bind failure is the one to report
            }
            loginDelays.shutdownNow();
            throw bindFailure(e, binding);
        }
        return new LabSshServer(server, directory, loginDelays);
    }

    /** One line naming the router and address, in our words: never the library's exception text. */
    static IOException bindFailure(Exception e, RouterEndpoint endpoint) {
        String text = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            text += " " + String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        }
        String reason;
        if (text.contains("in use")) {
            reason = "the port is in use (another looplab or another program: choose another with --port)";
        } else if (text.contains("assign")) {
            reason = "the address is not one of this host's (on macOS only 127.0.0.1 is, without aliases)";
        } else if (text.contains("permission") || text.contains("denied")) {
            reason = "permission denied (ports below 1024 need privileges: choose another with --port)";
        } else {
            reason = "the address cannot be listened on";
        }
        return new IOException("cannot listen for " + endpoint.router().name() + " on " + endpoint + ": " + reason);
    }

    public List<RouterEndpoint> endpoints() {
        return directory.endpoints();
    }

    @Override
    public void close() {
        loginDelays.shutdownNow();
        try {
            server.stop(true);
        } catch (IOException e) {
            System.err.println("looplab: stopping the SSH server: " + e.getMessage());
        }
    }
}
