package org.looplab.tcp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.looplab.sim.Kernel;

/** A test application: records what its connection tells it, with the virtual time. */
final class RecordingHandler implements TcpConnection.Handler {
    final Kernel kernel;
    final List<String> events = new ArrayList<>();
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    TcpConnection connection;
    TcpCloseReason closedBy;
    long connectedAtNanos = -1;
    long closedAtNanos = -1;
    private Consumer<TcpConnection> onConnected = connection -> { };

    RecordingHandler(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Runs when the handshake is done (to send a greeting, say). */
    RecordingHandler onConnected(Consumer<TcpConnection> action) {
        onConnected = action;
        return this;
    }

    @Override
    public void connected(TcpConnection c) {
        if (closedBy != null) {
            throw new AssertionError("connected after closed");
        }
        connection = c;
        connectedAtNanos = kernel.now();
        events.add("connected");
        onConnected.accept(c);
    }

    @Override
    public void received(TcpConnection c, byte[] data) {
        if (closedBy != null) {
            throw new AssertionError("data after closed");
        }
        received.writeBytes(data);
    }

    @Override
    public void closed(TcpConnection c, TcpCloseReason reason) {
        if (closedBy != null) {
            throw new AssertionError("closed twice: " + closedBy + " then " + reason);
        }
        connection = c;
        closedBy = reason;
        closedAtNanos = kernel.now();
        events.add("closed " + reason);
    }

    String text() {
        return received.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
