package org.looplab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.looplab.cli.session.CliSession;
import org.looplab.sim.Kernel;

/**
 * An SSH exec request ({@code ssh admin@r1 'show ip interface brief'}): runs the command at the user's
 * privilege and returns its output, without prompts or echo. Several lines run one after the other in
 * the same session, so {@code $'configure terminal\ninterface Lo5\nend'} works too. A question left
 * open by the last line gets IOS's default answer ({@code copy running-config startup-config} saves).
 * The exit status is 0 when every line did its work, 1 when a line was refused or reported an error,
 * so scripts can tell.
 */
final class RouterExecCommand extends ChannelCommand {
    /** IOS asks for an enable password three times; no question here is asked more often. */
    private static final int DEFAULT_ANSWERS = 3;
    private final String commandText;

    RouterExecCommand(String commandText) {
        this.commandText = commandText;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        SessionUser user = RouterPublickeyAuthenticator.userOf(channel.getSession(), out, exitCallback);
        if (user == null) {
            return;
        }
        Thread thread = new Thread(() -> run(user), "looplab-exec-" + user.router().name());
        thread.setDaemon(true);
        thread.start();
    }

    private void run(SessionUser user) {
        int status = 0;
        try {
            Kernel kernel = user.router().kernel();
            CliSession session = kernel.call(() -> CliLoop.openSession(user));
            StringBuilder printed = new StringBuilder();
            boolean failed;
            try {
                failed = runLines(kernel, session, printed);
            } finally {
                kernel.call(() -> {
                    session.releaseVty();
                    return null;
                });
            }
            status = failed ? 1 : 0;
            String output = printed.toString();
            out.write(output.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            status = 1; // the client went away
        } catch (RuntimeException e) {
            status = 1;
            org.looplab.sim.InternalErrors.report("in an exec request to " + user.router().name(), e);
            try {
                out.write("% Internal error, command not completed\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException ignored) {
                // nothing more to tell a client that is gone
            }
        } finally {
            exitCallback.onExit(status);
        }
    }

    /**
     * Runs the request's lines as a shell would, one after the other; a question still waiting when the
     * lines run out gets IOS's default answer (Enter), as many times as IOS asks at most. Returns true
     * when something failed: a refused line, an error message, or a question left without an answer.
     */
    private boolean runLines(Kernel kernel, CliSession session, StringBuilder printed) {
        boolean failed = false;
        for (String line : commandText.split("\r?\n")) {
            if (kernel.call(session::isClosed)) {
                return failed;
            }
            // Each line waits outside the kernel thread: a ping lets virtual time pass.
            failed |= runLine(kernel, session, line, printed);
        }
        for (int answers = 0; answers < DEFAULT_ANSWERS && kernel.call(session::awaitsAnswer); answers++) {
            // The prompt and an empty answer, as a terminal shows Enter typed at it.
            printed.append(kernel.call(session::prompt)).append('\n');
            failed |= runLine(kernel, session, "", printed);
        }
        if (kernel.call(session::awaitsAnswer)) {
            printed.append("% The command waits for more input, and an exec request has no more:"
                    + " send the rest as further lines of the request\n");
            return true;
        }
        return failed;
    }

    private static boolean runLine(Kernel kernel, CliSession session, String line, StringBuilder printed) {
        String output = CliLoop.runLine(kernel, session, line, 0);
        printed.append(output);
        // A bad modifier after '|' is refused before the command runs: the session never saw the line.
        return OutputPipe.split(line).invalid() || kernel.call(session::lastLineRejected) || reportsFailure(output);
    }

    /** IOS's failure messages that are not refusals of the line itself: a save that failed, a denied enable. */
    private static boolean reportsFailure(String output) {
        return output.lines().anyMatch(line -> line.startsWith("%Error") || line.startsWith("% Error")
                || line.startsWith("% Bad secrets") || line.startsWith("% Command failed")
                || line.startsWith("% Internal error") || line.startsWith("% Unknown command or computer name")
                || line.startsWith("% Unrecognized host or address"));
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the command runs as one kernel task; nothing to interrupt
    }
}
