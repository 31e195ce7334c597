package org.looplab.host;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.looplab.log.LogLevel;
import org.looplab.log.LogMessage;
import org.looplab.log.LoggingConfig;
import org.looplab.log.LoggingHost;
import org.looplab.router.Lab;
import org.looplab.router.Router;

/**
 * Sends every router's log messages to its {@code logging host}s as real syslog: UDP datagrams, or lines
 * over a TCP connection (RFC 6587's newline framing), from the router's own host address (127.1.0.N with
 * an address per router). The kernel thread formats each message when it is logged and hands the bytes
 * to one sender thread, so a slow or absent collector never holds the simulation. Hosts outside 127/8 are
 * reached only with {@code --bind-any}; otherwise the lab says once that it does not send there.
 */
public final class SyslogForwarder implements AutoCloseable {
    private final Map<Router, InetAddress> sources;
    private final boolean bindAny;
    private final Consumer<String> notices;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "looplab-syslog");
        thread.setDaemon(true);
        return thread;
    });
    // Sender thread only.
    private final Map<Router, DatagramSocket> udpSockets = new HashMap<>();
    private final Map<String, Socket> tcpConnections = new HashMap<>();
    // Kernel thread only.
    private final Set<String> refused = new HashSet<>();

    /**
     * @param sources each router's host address to send from (null: the system chooses)
     * @param notices one-line notices for the lab's output (a host not reachable without --bind-any)
     */
    public SyslogForwarder(Map<Router, InetAddress> sources, boolean bindAny, Consumer<String> notices) {
        // A copy that keeps null addresses (--bind-any: the system chooses); Map.copyOf refuses them.
        this.sources = java.util.Collections.unmodifiableMap(new HashMap<>(sources));
        this.bindAny = bindAny;
        this.notices = notices;
    }

    /** Listens to every router's log; kernel thread. */
    public void attach(Lab lab) {
        for (Router router : lab.routers()) {
            router.log().addListener(message -> logged(router, message));
        }
    }

    private void logged(Router router, LogMessage message) {
        LoggingConfig config = LoggingConfig.ifPresent(router);
        if (config == null || !config.sends(LogLevel.severityOf(message.text()))) {
            return;
        }
        String line = SyslogWire.format(router, config, message, router.log().messagesLogged(), sources.get(router));
        for (LoggingHost host : config.hosts()) {
            InetAddress destination = inet(host);
            if (!bindAny && !destination.isLoopbackAddress()) {
                if (refused.add(router.name() + " " + host.address())) {
                    notices.accept(router.name() + ": logging host " + host.address()
                            + " is outside 127/8; syslog goes there only with --bind-any");
                }
                continue;
            }
            config.countSent(host);
            try {
                sender.execute(() -> send(router, host, destination, line));
            } catch (RejectedExecutionException closed) {
                return;
            }
        }
    }

    private void send(Router router, LoggingHost host, InetAddress destination, String line) {
        try {
            if (host.transport() == LoggingHost.Transport.UDP) {
                DatagramSocket socket = udpSockets.get(router);
                if (socket == null) {
                    socket = new DatagramSocket(new InetSocketAddress(sources.get(router), 0));
                    udpSockets.put(router, socket);
                }
                byte[] bytes = SyslogWire.bytes(line);
                socket.send(new DatagramPacket(bytes, bytes.length, destination, host.port()));
            } else {
                sendTcp(router, host, destination, line);
            }
        } catch (IOException e) {
            // As IOS: a message the collector cannot take is lost; the next one tries again.
        }
    }

    private void sendTcp(Router router, LoggingHost host, InetAddress destination, String line) throws IOException {
        String key = router.name() + " " + host.address() + " " + host.port();
        Socket socket = tcpConnections.get(key);
        if (socket == null || socket.isClosed()) {
            socket = new Socket();
            InetAddress source = sources.get(router);
            if (source != null) {
                socket.bind(new InetSocketAddress(source, 0));
            }
            try {
                socket.connect(new InetSocketAddress(destination, host.port()), 2000);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
            tcpConnections.put(key, socket);
        }
        try {
            OutputStream out = socket.getOutputStream();
            out.write(SyslogWire.bytes(line + "\n"));
            out.flush();
        } catch (IOException e) {
            socket.close();
            tcpConnections.remove(key);
            throw e;
        }
    }

    private static InetAddress inet(LoggingHost host) {
        int bits = host.address().bits();
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    /** Sends what is queued (for a second at most), then closes the sockets. */
    @Override
    public void close() {
        try {
            sender.execute(this::closeSockets);
        } catch (RejectedExecutionException alreadyClosed) {
            return;
        }
        sender.shutdown();
        try {
            sender.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.shutdownNow();
    }

    private void closeSockets() {
        udpSockets.values().forEach(DatagramSocket::close);
        for (Socket socket : tcpConnections.values()) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
