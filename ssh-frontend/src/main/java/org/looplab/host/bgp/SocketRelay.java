package org.looplab.host.bgp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.looplab.sim.Kernel;
import org.looplab.tcp.TcpCloseReason;
import org.looplab.tcp.TcpConnection;

/**
 * One real TCP connection on the host spliced to one simulated TCP connection of an external node's
 * stand-in: the bytes go across unchanged, both ways, so the router at the far end of the simulated
 * connection runs its BGP session (PeerFsm, codec, timers) as with any neighbour, and the host daemon
 * speaks to real sockets. Socket I/O runs on this relay's own two threads; everything that touches the
 * simulated connection is a kernel task ({@link Kernel#submit}), so the kernel thread never blocks on
 * the host. An end of stream on either side closes the other gracefully; a reset or error resets it.
 */
final class SocketRelay implements TcpConnection.Handler {
    private static final byte[] END = new byte[0];
    private static final byte[] RESET = new byte[0];

    private final Kernel kernel;
    private final String name;
    private final Consumer<String> notices;
    private final LinkedBlockingQueue<byte[]> toHost = new LinkedBlockingQueue<>();
    /** Kernel thread only. */
    private TcpConnection tcp;
    private boolean labClosed;
    private volatile SocketChannel channel;
    private volatile boolean started;

    SocketRelay(Kernel kernel, String name, Consumer<String> notices) {
        this.kernel = kernel;
        this.name = name;
        this.notices = notices;
    }

    /** The host side is connected already (a daemon connected to a router's endpoint). */
    void attach(SocketChannel connected) {
        channel = connected;
    }

    /** The lab side connected: start carrying bytes (connecting to the host first when asked to). */
    @Override
    public void connected(TcpConnection connection) {
        tcp = connection;
        SocketChannel existing = channel;
        if (existing != null) {
            startThreads(existing);
        }
    }

    /** Kernel thread, from an accept: connect to the host daemon, then carry bytes. */
    void connectToHost(InetSocketAddress source, InetSocketAddress target, TcpConnection connection) {
        tcp = connection;
        Thread connector = new Thread(() -> {
            SocketChannel socket = null;
            try {
                socket = SocketChannel.open();
                socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                if (source != null) {
                    socket.bind(source);
                }
                socket.socket().connect(target, 5_000);
                channel = socket;
                startThreads(socket);
            } catch (IOException | RuntimeException e) {
                closeQuietly(socket);
                notices.accept(name + ": no BGP speaker answers at " + target.getAddress().getHostAddress() + ":"
                        + target.getPort() + " (" + reason(e) + ")");
                kernel.submit(() -> {
                    if (!labClosed) {
                        tcp.abort();
                    }
                    return null;
                });
            }
        }, "looplab-bgp-connect " + name);
        connector.setDaemon(true);
        connector.start();
    }

    private void startThreads(SocketChannel socket) {
        started = true;
        Thread reader = new Thread(() -> readLoop(socket), "looplab-bgp-read " + name);
        Thread writer = new Thread(() -> writeLoop(socket), "looplab-bgp-write " + name);
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private void readLoop(SocketChannel socket) {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        try {
            while (true) {
                buffer.clear();
                int n = socket.read(buffer);
                if (n < 0) {
                    kernel.submit(() -> {
                        if (!labClosed) {
                            tcp.close();
                        }
                        return null;
                    });
                    return;
                }
                byte[] bytes = new byte[n];
                buffer.flip();
                buffer.get(bytes);
                kernel.submit(() -> {
                    if (!labClosed) {
                        try {
                            tcp.send(bytes);
                        } catch (IllegalStateException closing) {
                            // the lab side closed in this instant; its closed() report follows
                        }
                    }
                    return null;
                });
            }
        } catch (IOException e) {
            kernel.submit(() -> {
                if (!labClosed) {
                    tcp.abort();
                }
                return null;
            });
            closeQuietly(socket);
        }
    }

    private void writeLoop(SocketChannel socket) {
        try {
            while (true) {
                byte[] bytes = toHost.take();
                if (bytes == END) {
                    socket.shutdownOutput();
                    // the daemon closes its side after reading our FIN; give it a moment, then let go
                    Thread.sleep(2_000);
                    closeQuietly(socket);
                    return;
                }
                if (bytes == RESET) {
                    socket.setOption(StandardSocketOptions.SO_LINGER, 0);
                    closeQuietly(socket);
                    return;
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    socket.write(buffer);
                }
            }
        } catch (IOException e) {
            closeQuietly(socket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(socket);
        }
    }

    @Override
    public void received(TcpConnection connection, byte[] data) {
        toHost.add(data);
    }

    @Override
    public void closed(TcpConnection connection, TcpCloseReason reason) {
        labClosed = true;
        boolean graceful = reason == TcpCloseReason.LOCAL_CLOSE || reason == TcpCloseReason.PEER_CLOSED;
        toHost.add(graceful ? END : RESET);
        if (!started && channel != null) {
            closeQuietly(channel); // a daemon's connection the lab refused: it hears the close
        }
    }

    /** Closes the host side at once (the lab stops). */
    void shutdown() {
        closeQuietly(channel);
    }

    private static void closeQuietly(SocketChannel socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "connection failed" : message;
    }
}
