package org.looplab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * The interactive shell of an SSH channel: a JLine terminal when the client asked for a PTY, plain line
 * reading with device echo when it did not. Runs on its own thread; a dropped connection ends the loop
 * through end-of-input or an I/O error and leaves nothing behind.
 */
final class RouterShell extends ChannelCommand {
    private volatile Thread thread;
    private volatile ShellIo io;

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        SessionUser user = RouterPublickeyAuthenticator.userOf(channel.getSession(), out, exitCallback);
        if (user == null) {
            return;
        }
        boolean pty = ChannelTerminal.requested(environment);
        io = pty ? new JLineShellIo(in, out, environment) : new PlainShellIo(in, out);
        // exec-timeout: the kernel thread asks for the hang-up; the channel closes off that thread, and its
        // close interrupts the shell thread waiting for input (destroy).
        Runnable hangUp = () -> java.util.concurrent.CompletableFuture.runAsync(() -> channel.close(false));
        Thread shellThread = new Thread(() -> run(user, hangUp), "looplab-shell-" + user.router().name());
        shellThread.setDaemon(true);
        thread = shellThread;
        shellThread.start();
    }

    /**
     * The exit status follows a login shell's: 0 when the session ends as the user meant it to ({@code exit},
     * {@code logout}, the end of the input of {@code ssh -T < FILE}), whatever single lines answered (a
     * refused line is the user's to read, as at a console; an exec request, which has no screen, reports
     * it instead); 1 when the session broke: its output could not be delivered (an I/O error, such as
     * MINA's wait for the client's window timing out) or a bug ended it. The {@code ssh -T} paste that
     * exited 1 did so by the first: its output went out in a packet per prompt, echo and answer and the
     * write waited for the client's window until it timed out.
     */
    private void run(SessionUser user, Runnable hangUp) {
        int status = 0;
        try {
            new CliLoop(user, io, hangUp).run();
        } catch (IOException e) {
            status = 1; // the connection went away: nothing to report
        } catch (RuntimeException e) {
            status = 1;
            // destroy() interrupts a shell whose channel closed while it waited for the kernel: that
            // session just ends, quietly. Anything else is a bug worth a line on the console.
            if (!Thread.currentThread().isInterrupted()) {
                System.err.println("looplab: " + user.router().name() + ": session of " + user.userName()
                        + " ended: " + e);
            }
        } finally {
            io.close();
            ExitCallback callback = exitCallback;
            if (callback != null) {
                callback.onExit(status);
            }
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        Thread shellThread = thread;
        if (shellThread != null && shellThread != Thread.currentThread()) {
            shellThread.interrupt();
        }
    }
}
