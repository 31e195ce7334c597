package org.looplab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.sshd.server.Environment;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * A JLine terminal over an SSH channel that asked for a PTY: pure Java (a line discipline over the
 * channel's streams, no OS pseudo-terminal), the client's modes ({@link PtyAttributes}) and window size.
 * JLine drives it with the "ansi" capabilities whatever TERM the client sends: xterm's would add keypad
 * and mouse-mode escapes around every prompt. An accepted line's echo ends CR LF, as IOS sends it, not
 * JLine's CR CR LF ({@link CrCollapsingOutputStream}).
 */
public final class ChannelTerminal {
    static final int DEFAULT_COLUMNS = 80;
    static final int DEFAULT_LINES = 24;

    private ChannelTerminal() {
    }

    /**
     * The terminal of a channel whose client sent a pty-req, fed by the thread that reads lines from it
     * (no pump thread per session; see {@link PullingTerminal}).
     */
    public static Terminal open(InputStream in, OutputStream out, Environment environment) throws IOException {
        return new PullingTerminal("ansi", in, new CrCollapsingOutputStream(out),
                PtyAttributes.from(environment.getPtyModes()), size(environment.getEnv()));
    }

    /** True when the client asked for a PTY: pty-req sets COLUMNS and LINES; ssh -T and exec requests do not. */
    public static boolean requested(Environment environment) {
        return environment.getEnv().containsKey(Environment.ENV_COLUMNS);
    }

    /** The window size the client sent (80x24 when it sent none). */
    static Size size(Map<String, String> env) {
        return new Size(number(env.get(Environment.ENV_COLUMNS), DEFAULT_COLUMNS),
                number(env.get(Environment.ENV_LINES), DEFAULT_LINES));
    }

    private static int number(String text, int fallback) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
