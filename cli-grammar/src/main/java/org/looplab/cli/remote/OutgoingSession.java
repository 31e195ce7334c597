package org.looplab.cli.remote;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.looplab.cli.command.CommandContext;
import org.looplab.cli.command.SessionRelay;
import org.looplab.net.Ipv4Address;
import org.looplab.tcp.TcpCloseReason;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpStack;

/**
 * The client side of {@code telnet A} and {@code ssh -l USER A}: a TCP connection from this router to
 * A's port, carried hop by hop by the simulated network. IOS's errors come from how the connection
 * ends before the far end answers: a RST ("% Connection refused by remote host": nothing listens, no vty
 * admits the source), the SYN wait running out ("% Connection timed out; remote host not responding"),
 * or no route ("% Destination unreachable; gateway or host down"). Once the far end shows a prompt the
 * local CLI relays typed lines to it until the connection closes.
 */
public final class OutgoingSession implements SessionRelay, TcpConnection.Handler {
    private final Ipv4Address peer;
    private final boolean telnet;
    private final String user;
    private final CommandContext context;
    private final VtyWire wire = new VtyWire();
    private final StringBuilder buffer = new StringBuilder();
    private CompletableFuture<String> opening;
    private CompletableFuture<String> pendingLine;
    /** '?' and Tab asked of the far end, answered in order; on close a question gets "" and a Tab its own text. */
    private final java.util.ArrayDeque<Asked> pendingHelp = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<Asked> pendingCompletion = new java.util.ArrayDeque<>();
    private TcpConnection connection;
    private String prompt = "";
    private boolean secret;
    private boolean open;
    private boolean ended;
    private String closingNotice = "";

    private OutgoingSession(Ipv4Address peer, boolean telnet, String user, CommandContext context) {
        this.peer = peer;
        this.telnet = telnet;
        this.user = user;
        this.context = context;
    }

    /**
     * Opens a session from the context's router; the future completes with what the command prints (the
     * far end's first output, or IOS's error). {@code user} is null for telnet.
     */
    public static CompletableFuture<String> open(CommandContext context, Ipv4Address destination, int port,
                                                 Ipv4Address source, String user) {
        VtyServer.ensureListening(context.router());
        OutgoingSession session = new OutgoingSession(destination, user == null, user, context);
        session.opening = new CompletableFuture<>();
        session.connection = TcpStack.of(context.router()).connect(source, destination, port, 255, session);
        return session.opening;
    }

    // ---- TCP ----

    @Override
    public void connected(TcpConnection tcp) {
        if (!telnet) {
            tcp.send(VtyWire.encode(VtyWire.USER, user));
        }
    }

    @Override
    public void received(TcpConnection tcp, byte[] data) {
        List<VtyWire.Frame> frames = wire.feed(data);
        if (frames == null) {
            tcp.abort();
            return;
        }
        for (VtyWire.Frame frame : frames) {
            if (frame.type() == VtyWire.HELP_ANSWER || frame.type() == VtyWire.COMPLETION) {
                Asked asked = (frame.type() == VtyWire.HELP_ANSWER ? pendingHelp : pendingCompletion).poll();
                if (asked != null) {
                    asked.answer().complete(frame.text());
                }
            } else if (frame.type() == VtyWire.OUTPUT) {
                buffer.append(frame.text());
            } else if (frame.type() == VtyWire.PROMPT || frame.type() == VtyWire.SECRET_PROMPT) {
                prompt = frame.text();
                secret = frame.type() == VtyWire.SECRET_PROMPT;
                String text = buffer.toString();
                buffer.setLength(0);
                if (opening != null) {
                    open = true;
                    CompletableFuture<String> first = opening;
                    opening = null;
                    context.relay(this);
                    first.complete((telnet ? "Open\n" : "") + text);
                } else if (pendingLine != null) {
                    CompletableFuture<String> line = pendingLine;
                    pendingLine = null;
                    line.complete(text);
                }
            }
        }
    }

    @Override
    public void closed(TcpConnection tcp, TcpCloseReason reason) {
        boolean wasOpen = open;
        open = false;
        ended = true;
        if (reason == TcpCloseReason.PEER_CLOSED) {
            tcp.close();
        }
        pendingHelp.forEach(asked -> asked.answer().complete(""));
        pendingCompletion.forEach(asked -> asked.answer().complete(asked.typed()));
        pendingHelp.clear();
        pendingCompletion.clear();
        if (opening != null) {
            CompletableFuture<String> first = opening;
            opening = null;
            String lead = telnet ? "\n" : "";
            first.complete(switch (reason) {
                case REFUSED -> lead + "% Connection refused by remote host\n";
                case TIMED_OUT -> lead + "% Connection timed out; remote host not responding\n";
                case NO_ROUTE -> lead + "% Destination unreachable; gateway or host down\n";
                default -> (telnet ? "Open\n" : "") + buffer + "\n[Connection to " + peer + " closed by foreign host]\n";
            });
            buffer.setLength(0);
            return;
        }
        // IOS's connection status: a reset or FIN is "closed by foreign host"; a segment whose retransmissions
        // gave up (the path gone longer than TCP waits) is "timed out".
        String notice = switch (reason) {
            case LOCAL_CLOSE -> "";
            case TIMED_OUT -> "\n[Connection to " + peer + " timed out]\n";
            default -> "\n[Connection to " + peer + " closed by foreign host]\n";
        };
        if (pendingLine != null) {
            CompletableFuture<String> line = pendingLine;
            pendingLine = null;
            line.complete(buffer + notice);
            buffer.setLength(0);
        } else if (wasOpen) {
            closingNotice = buffer + notice;
            buffer.setLength(0);
        }
    }

    // ---- the relay ----

    @Override
    public CompletableFuture<String> send(String line) {
        if (!open) {
            return CompletableFuture.completedFuture(takeClosingNotice());
        }
        pendingLine = new CompletableFuture<>();
        CompletableFuture<String> result = pendingLine;
        connection.send(VtyWire.encode(VtyWire.LINE, line));
        return result;
    }

    @Override
    public CompletableFuture<String> help(String typed) {
        return ask(pendingHelp, VtyWire.HELP, typed, "");
    }

    @Override
    public CompletableFuture<String> complete(String typed) {
        return ask(pendingCompletion, VtyWire.COMPLETE, typed, typed);
    }

    private CompletableFuture<String> ask(java.util.ArrayDeque<Asked> queue, byte type, String typed, String otherwise) {
        if (!open) {
            return CompletableFuture.completedFuture(otherwise);
        }
        Asked asked = new Asked(typed, new CompletableFuture<>());
        queue.add(asked);
        connection.send(VtyWire.encode(type, typed));
        return asked.answer();
    }

    /** A '?' or Tab sent to the far end, waiting for its answer. */
    private record Asked(String typed, CompletableFuture<String> answer) {
    }

    @Override
    public String prompt() {
        return prompt;
    }

    @Override
    public boolean secretPrompt() {
        return secret;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String takeClosingNotice() {
        String notice = closingNotice;
        closingNotice = "";
        return notice;
    }

    @Override
    public void disconnect() {
        if (!ended) {
            open = false;
            connection.close();
        }
    }

    @Override
    public String peer() {
        return peer.toString();
    }
}
