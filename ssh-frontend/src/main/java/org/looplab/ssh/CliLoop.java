package org.looplab.ssh;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.looplab.cli.session.CliSession;
import org.looplab.sim.Kernel;

/**
 * One interactive CLI session: prompt, read a line, run it on the kernel thread, print what it printed,
 * until the user logs out or the input ends. Every touch of the session goes through the kernel.
 */
public final class CliLoop {
    /** What the loop needs to know after each command, fetched in one kernel call. */
    private record State(boolean closed, String prompt, boolean secret, boolean oneKey, int terminalLength,
            int terminalWidth, boolean configuration) {
        /** Kernel thread. */
        static State of(CliSession session) {
            return new State(session.isClosed(), session.prompt(), session.isSecretPrompt(), session.isOneKeyPrompt(),
                    session.terminalLength(), session.terminalWidth(), session.mode().isConfiguration());
        }
    }

    /** A line's output, and the session's state after it when the same kernel call could tell (else null). */
    private record Ran(String output, State after) {
    }

    /** A line just submitted: its output to come, and the state after it when it completed at once. */
    private record Submitted(CompletableFuture<String> pending, State after) {
    }

    /** IOS's escape sequence, Ctrl-^ (Ctrl-Shift-6), then usually x: stops a ping or a traceroute. */
    static final int ESCAPE = 0x1e;
    /** How long the loop waits for a key before printing what a running command printed meanwhile. */
    private static final long POLL_MILLIS = 20;
    /** After the escape key, how long an 'x' that completes the sequence is waited for (and dropped). */
    private static final long ESCAPE_X_MILLIS = 300;

    private final SessionUser user;
    private final ShellIo io;
    /** Ends the connection when the session's exec-timeout expires; runs on the kernel thread. */
    private final Runnable hangUp;
    /** What a running command prints as it goes, handed over by the kernel thread without blocking it. */
    private final java.util.concurrent.ConcurrentLinkedQueue<String> live = new java.util.concurrent.ConcurrentLinkedQueue<>();

    CliLoop(SessionUser user, ShellIo io, Runnable hangUp) {
        this.user = user;
        this.io = io;
        this.hangUp = hangUp;
    }

    /** Runs a typed line, applying its {@code | include}-style filter to the output. */
    public static String runLine(Kernel kernel, CliSession session, String line, int promptLength) {
        OutputPipe.Split split = OutputPipe.split(line);
        if (split.invalid()) {
            return OutputPipe.invalidInput(promptLength, split.errorColumn());
        }
        CompletableFuture<String> pending = kernel.call(() -> session.submit(split.command()));
        String output = await(pending);
        if (split.pipe() == null || kernel.call(session::lastLineRejected) || OutputPipe.isMessage(output)) {
            // IOS prints an error in the command before '|' whatever the modifier: a filter that hid it
            // would make a refused command look like one with nothing to show.
            return output;
        }
        OutputPipe pipe = split.pipe();
        if (pipe.target() != null) {
            String written = await(kernel.call(() -> session.writeOutput(pipe.target(), output, pipe.appends())));
            return (pipe.showsOutput() ? output : "") + written;
        }
        return pipe.apply(output);
    }

    /**
     * Runs a typed line; while a long command (ping, traceroute) runs, prints what it prints as it goes
     * and reads the keys typed meanwhile without echoing them: the escape sequence stops the command, any
     * other key waits for the next prompt (type-ahead), as on IOS.
     */
    private Ran runWhileReadingKeys(Kernel kernel, CliSession session, String line, int promptLength)
            throws IOException {
        OutputPipe.Split split = OutputPipe.split(line);
        if (split.invalid() || split.pipe() != null) {
            return new Ran(runLine(kernel, session, line, promptLength), null);
        }
        // One kernel round trip for a line that completes at once (most do): its output and the next prompt.
        Submitted submitted = kernel.call(() -> {
            CompletableFuture<String> started = session.submit(split.command());
            return new Submitted(started, started.isDone() ? State.of(session) : null);
        });
        CompletableFuture<String> pending = submitted.pending();
        if (submitted.after() != null) {
            return new Ran(await(pending), submitted.after());
        }
        StringBuilder typedAhead = new StringBuilder();
        boolean escaped = false;
        io.holdInput();
        try {
            while (!pending.isDone()) {
                printLive();
                int key = io.pollKey(POLL_MILLIS);
                if (key == ESCAPE || key < 0 && key != ShellIo.NO_KEY) {
                    escaped = key == ESCAPE;
                    kernel.call(() -> {
                        session.abort();
                        return null;
                    });
                    if (key < 0) {
                        break; // the input ended: the command stops, and so will the session
                    }
                } else if (key >= 0) {
                    keepTypedAhead(typedAhead, key);
                }
            }
            String rest = await(pending);
            printLive();
            if (escaped) {
                int next = io.pollKey(ESCAPE_X_MILLIS);
                if (next >= 0 && next != 'x' && next != 'X') {
                    keepTypedAhead(typedAhead, next);
                }
            }
            return new Ran(rest, null);
        } finally {
            io.releaseInput();
            io.typeAhead(typedAhead.toString());
        }
    }

    /** Keys typed during a command that the next line takes: printable ones, Tab, '?' and the line ends. */
    private static void keepTypedAhead(StringBuilder typedAhead, int key) {
        if (key >= ' ' && key != 0x7f || key == '\r' || key == '\n' || key == '\t') {
            typedAhead.append((char) key);
        }
    }

    /**
     * Ctrl-Z: a configuration line typed before it runs first, then configuration mode ends, as IOS does
     * ({@code hostname R2^Z} renames the router). At a question the command is abandoned; in EXEC the
     * line is dropped.
     */
    private Ran ctrlZ(Kernel kernel, CliSession session, String typed, State state) throws IOException {
        String output = "";
        if (!typed.isBlank() && state.configuration() && !kernel.call(session::awaitsAnswer)) {
            output = runWhileReadingKeys(kernel, session, typed, state.prompt().length()).output();
        }
        return new Ran(output + kernel.call(session::ctrlZ), null);
    }

    private void printLive() throws IOException {
        String text;
        while ((text = live.poll()) != null) {
            io.print(text);
        }
    }

    /** Waits, outside the kernel thread, for a line whose output may come from later kernel events. */
    static String await(CompletableFuture<String> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a command ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    void run() throws IOException {
        Kernel kernel = user.router().kernel();
        CliSession session = kernel.call(() -> {
            CliSession opened = openSession(user);
            opened.setLiveOutput(live::add);
            // Kernel thread: the line's logging synchronous as it is when the message comes.
            opened.setMonitorPrinter(text -> io.showAsync(text, opened.loggingSynchronous()));
            opened.setIdleDisconnect(hangUp);
            return opened;
        });
        try {
            io.print(kernel.call(() -> LoginBanners.render(user.router())));
            converse(kernel, session);
        } finally {
            kernel.call(() -> {
                session.disconnectOutgoing();
                session.releaseVty();
                return null;
            });
        }
    }

    /** A session holding a vty line (listed by {@code show users}) until the connection ends. Kernel thread. */
    static CliSession openSession(SessionUser user) {
        CliSession session = new CliSession(user.router(), user.userName(), user.privilege(), user.peerAddress());
        if (user.vty() != null) {
            session.adoptVty(user.vty());
        } else {
            session.occupyVty();
        }
        return session;
    }

    private void converse(Kernel kernel, CliSession session) throws IOException {
        MorePager pager = new MorePager(io);
        LineAssistant assistant = new LineAssistant() {
            @Override
            public String help(String typed) {
                // In an outgoing session the far router answers, after a round trip on the simulated network.
                return await(kernel.call(() -> session.requestHelp(typed)));
            }

            @Override
            public String complete(String typed) {
                return await(kernel.call(() -> session.requestCompletion(typed)));
            }
        };
        State state = kernel.call(() -> State.of(session));
        while (true) {
            if (state.closed()) {
                return;
            }
            io.setWidth(state.terminalWidth());
            io.selectHistory(state.configuration());
            ShellInput input = state.oneKey() ? io.readConfirmation(state.prompt())
                    : io.readLine(state.prompt(), state.secret(), assistant);
            Ran ran;
            try {
                ran = switch (input.kind()) {
                    case END -> null;
                    case CTRL_Z -> ctrlZ(kernel, session, input.line(), state);
                    case ESCAPE -> new Ran(kernel.call(() -> {
                        session.suspend(); // at this router's own prompt the sequence does nothing
                        return "";
                    }), null);
                    case LINE -> runWhileReadingKeys(kernel, session, input.line(), state.prompt().length());
                };
            } catch (RuntimeException failure) {
                // A bug in a command must not end the session or show a stack trace to the user.
                org.looplab.sim.InternalErrors.report("in a command on " + user.router().name(), failure);
                ran = new Ran("% Internal error, command not completed\n", null);
            }
            if (ran == null) {
                return;
            }
            State after = ran.after();
            int length = after != null ? after.terminalLength()
                    : input.kind() == ShellInput.Kind.LINE ? kernel.call(session::terminalLength) : state.terminalLength();
            boolean waited = pager.show(ran.output(), length);
            // The state read with the line's output still holds, unless the pager waited for a key meanwhile.
            state = after != null && !waited ? after : kernel.call(() -> State.of(session));
        }
    }
}
