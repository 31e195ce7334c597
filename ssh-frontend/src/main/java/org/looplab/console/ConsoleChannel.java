package org.looplab.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.looplab.ssh.ChannelCommand;
import org.jline.terminal.Terminal;
import org.looplab.ssh.ChannelTerminal;

/**
 * One SSH channel of the lab console. An exec request ({@code ssh -p 2200 127.0.0.1 'link r1:Gi0/0 down'})
 * runs its lines (one a line) and answers with exit status 1 when one was refused, so a script can tell;
 * a shell runs the console as at the terminal that started the lab: with a PTY, the line editor, prompts
 * and Ctrl-] out of an attached router; without one ({@code ssh -T < FILE}), plain lines. {@code quit}
 * ends the session, not the lab. Each channel has its own console (its own {@code attach} and
 * {@code events follow}).
 */
final class ConsoleChannel extends ChannelCommand {
    private final Function<PrintStream, LabConsole> consoles;
    /** The exec request's text, or null for a shell. */
    private final String request;
    private volatile Thread thread;

    ConsoleChannel(Function<PrintStream, LabConsole> consoles, String request) {
        this.consoles = consoles;
        this.request = request;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        boolean pty = ChannelTerminal.requested(environment);
        Terminal terminal = request == null && pty ? ChannelTerminal.open(in, out, environment) : null;
        Thread worker = new Thread(() -> {
            int status;
            try {
                status = request != null ? exec() : shell(terminal);
            } catch (IOException | RuntimeException gone) {
                status = 1; // the client went away, or the console could not run: nothing more to tell it
            }
            exitCallback.onExit(status);
        }, "looplab-console-ssh");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    private int exec() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        LabConsole console = consoles.apply(printed);
        boolean failed = false;
        try {
            for (String line : request.split("\r?\n")) {
                int from = buffer.size();
                boolean more = console.execute(line);
                failed |= ConsoleFailure.reported(buffer.toString(StandardCharsets.UTF_8).substring(from));
                if (!more) {
                    break;
                }
            }
        } finally {
            console.close();
        }
        out.write(buffer.toByteArray());
        out.flush();
        return failed ? 1 : 0;
    }

    private int shell(Terminal terminal) throws IOException {
        PrintStream printed = new PrintStream(terminal != null ? terminal.output() : out, true, StandardCharsets.UTF_8);
        LabConsole console = consoles.apply(printed);
        try (ConsoleInput input = terminal != null ? ConsoleInput.on(terminal) : ConsoleInput.lines(in)) {
            printed.println("looplab console of lab " + console.labName() + "; help lists the commands, quit ends this session");
            console.runAll(input);
        } finally {
            console.close();
            printed.flush();
        }
        return 0;
    }

    @Override
    public void destroy(ChannelSession channel) {
        Thread worker = thread;
        if (worker != null && worker != Thread.currentThread()) {
            worker.interrupt();
        }
    }
}
