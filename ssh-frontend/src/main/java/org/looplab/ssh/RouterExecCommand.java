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
 * the same session, so {@code $'configure terminal\ninterface Lo5\nend'} works too.
 */
final class RouterExecCommand implements Command {
    private final String commandText;
    private OutputStream out;
    private ExitCallback exitCallback;

    RouterExecCommand(String commandText) {
        this.commandText = commandText;
    }

    @Override
    public void setInputStream(InputStream in) {
        // an exec request reads nothing
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // IOS has no stderr
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        SessionUser user = channel.getSession().getAttribute(SessionUser.KEY);
        if (user == null) {
            throw new IOException("no authenticated user on this session");
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
            try {
                for (String line : commandText.split("\r?\n")) {
                    if (kernel.call(session::isClosed)) {
                        break;
                    }
                    // Each line waits outside the kernel thread: a ping lets virtual time pass.
                    printed.append(CliLoop.runLine(kernel, session, line, 0));
                }
            } finally {
                kernel.call(() -> {
                    session.releaseVty();
                    return null;
                });
            }
            String output = printed.toString();
            out.write(output.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            status = 1; // the client went away
        } catch (RuntimeException e) {
            status = 1;
            System.err.println("looplab: " + user.router().name() + ": exec request failed: " + e);
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

    @Override
    public void destroy(ChannelSession channel) {
        // the command runs as one kernel task; nothing to interrupt
    }
}
