package org.looplab.ssh;

import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.command.Command;

/**
 * What MINA hands every looplab command before it starts (the channel's input and output, and the callback
 * that ends the channel with an exit status). No stderr: IOS has none, and the console answers on one
 * stream as at its terminal.
 */
public abstract class ChannelCommand implements Command {
    protected InputStream in;
    protected OutputStream out;
    protected ExitCallback exitCallback;

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // everything goes to the terminal
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }
}
