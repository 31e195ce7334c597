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
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;

/**
 * One MINA SSH server for the whole lab, listening on every router's endpoint. The router a connection
 * is for is the one whose endpoint accepted it. The host keys live in a folder of their own ({@link HostKeys}:
 * the user's looplab folder for {@code looplab run}), so clients see the same keys run after run and lab after
 * lab; the algorithms are {@link SshAlgorithms}'. Password authentication against the routers' login methods
 * ({@code username} lines, AAA), with IOS's retries and log messages, and public keys of the routers'
 * {@code ip ssh pubkey-chain}.
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
    public static LabSshServer start(List<RouterEndpoint> endpoints, Path keyFolder) throws IOException {
        return start(endpoints, keyFolder, LoginPolicy.IOS_DEFAULT);
    }

    /** {@link #start(List, Path, LoginPolicy, ManagementStation)} with the default management station. */
    public static LabSshServer start(List<RouterEndpoint> endpoints, Path keyFolder, LoginPolicy loginPolicy)
            throws IOException {
        return start(endpoints, keyFolder, loginPolicy, ManagementStation.DEFAULT);
    }

    /**
     * Starts listening on every endpoint; fails with a one-line message when an address is taken. Host
     * sessions take vty lines and are seen by the routers as coming from {@code station}. The host keys
     * are read from {@code keyFolder}, or made there the first time.
     */
    public static LabSshServer start(List<RouterEndpoint> endpoints, Path keyFolder, LoginPolicy loginPolicy,
                                     ManagementStation station) throws IOException {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no endpoints");
        }
        MultiEndpointSshServer server = newServer(keyFolder);
        EndpointDirectory directory = new EndpointDirectory(endpoints);
        ScheduledExecutorService loginDelays = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "looplab-login-delays");
            thread.setDaemon(true);
            return thread;
        });
        server.setPasswordAuthenticator(new RouterPasswordAuthenticator(directory, loginPolicy, loginDelays, station));
        server.addSessionListener(new VtyGate(directory, station));
        server.setServiceFactories(java.util.List.of(new PreAuthBanner(directory),
                org.apache.sshd.server.session.ServerConnectionServiceFactory.INSTANCE));
        // Public key and password only: MINA's default factories left keyboard-interactive offered though it
        // always failed.
        server.setPublickeyAuthenticator(new RouterPublickeyAuthenticator(directory, station));
        server.setUserAuthFactories(java.util.List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        server.setShellFactory(channel -> new RouterShell());
        server.setCommandFactory((channel, command) -> org.looplab.scp.ScpFlashCommand.isScp(command)
                ? new org.looplab.scp.ScpFlashCommand(command, new RouterExecCommand(command))
                : new RouterExecCommand(command));
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

    /**
     * A server with the host keys of {@code keyFolder} (made there the first time), current algorithms
     * only, and no authentication method yet: what every looplab SSH endpoint starts from.
     */
    static MultiEndpointSshServer newServer(Path keyFolder) throws IOException {
        org.apache.sshd.common.keyprovider.KeyPairProvider hostKeys;
        try {
            OwnerOnlyFiles.folder(keyFolder);
            hostKeys = HostKeys.load(keyFolder);
        } catch (IOException e) {
            throw new IOException("cannot keep the SSH host keys in " + keyFolder.toAbsolutePath() + ": "
                    + org.looplab.topology.FileReason.of(e));
        }
        MultiEndpointSshServer server = (MultiEndpointSshServer) ServerBuilder.builder()
                .factory(MultiEndpointSshServer::new)
                .build();
        server.setKeyPairProvider(hostKeys);
        SshAlgorithms.apply(server);
        server.setPasswordAuthenticator(null);
        // Never keyboard-interactive: MINA's wrapper makes OpenSSH print its instruction text.
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator(null);
        // Echoes and prompts are small writes: without TCP_NODELAY, Nagle and delayed ACKs hold each
        // keystroke's answer ~40 ms.
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        SessionCapacity.apply(server);
        return server;
    }

    /** One line naming the router and address, in our words: never the library's exception text. */
    static IOException bindFailure(Exception e, RouterEndpoint endpoint) {
        return bindFailure(e, endpoint.router().name(), endpoint.toString(), "--port");
    }

    static IOException bindFailure(Exception e, String what, String address, String portOption) {
        String text = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            text += " " + String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        }
        String reason;
        if (text.contains("in use")) {
            reason = "the port is in use (another looplab or another program: choose another with " + portOption + ")";
        } else if (text.contains("assign")) {
            reason = "the address is not one of this host's (on macOS only 127.0.0.1 is, without aliases)";
        } else if (text.contains("permission") || text.contains("denied")) {
            reason = "permission denied (ports below 1024 need privileges: choose another with " + portOption + ")";
        } else {
            reason = "the address cannot be listened on";
        }
        return new IOException("cannot listen for " + what + " on " + address + ": " + reason);
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
