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
    private record State(boolean closed, String prompt, boolean secret, int terminalLength, int terminalWidth) {
    }

    private final SessionUser user;
    private final ShellIo io;

    CliLoop(SessionUser user, ShellIo io) {
        this.user = user;
        this.io = io;
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
        return split.pipe().apply(output);
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
        CliSession session = kernel.call(() -> openSession(user));
        try {
            io.print(kernel.call(() -> LoginBanners.render(user.router())));
            converse(kernel, session);
        } finally {
            kernel.call(() -> {
                session.releaseVty();
                return null;
            });
        }
    }

    /** A session holding a vty line (listed by {@code show users}) until the connection ends. Kernel thread. */
    static CliSession openSession(SessionUser user) {
        CliSession session = new CliSession(user.router(), user.userName(), user.privilege(), user.peerAddress());
        session.occupyVty();
        return session;
    }

    private void converse(Kernel kernel, CliSession session) throws IOException {
        MorePager pager = new MorePager(io);
        LineAssistant assistant = new LineAssistant() {
            @Override
            public String help(String typed) {
                return kernel.call(() -> session.help(typed));
            }

            @Override
            public String complete(String typed) {
                return kernel.call(() -> session.complete(typed));
            }
        };
        while (true) {
            State state = kernel.call(() -> new State(session.isClosed(), session.prompt(),
                    session.isSecretPrompt(), session.terminalLength(), session.terminalWidth()));
            if (state.closed()) {
                return;
            }
            io.setWidth(state.terminalWidth());
            ShellInput input = io.readLine(state.prompt(), state.secret(), assistant);
            String output;
            try {
                output = switch (input.kind()) {
                    case END -> null;
                    case CTRL_Z -> kernel.call(session::ctrlZ);
                    case LINE -> runLine(kernel, session, input.line(), state.prompt().length());
                };
            } catch (RuntimeException failure) {
                // A bug in a command must not end the session or show a stack trace to the user.
                System.err.println("looplab: " + user.router().name() + ": command failed: " + failure);
                output = "% Internal error, command not completed\n";
            }
            if (output == null) {
                return;
            }
            int length = input.kind() == ShellInput.Kind.LINE
                    ? kernel.call(session::terminalLength) : state.terminalLength();
            pager.show(output, length);
        }
    }
}
