package org.looplab.console;

import org.looplab.cli.session.CliSession;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.CliLoop;

/**
 * A router's CLI opened inside the lab console ({@code attach r1}): a session at privilege 15 on the
 * router's console line, run through the same path as an SSH session ({@link CliLoop#runLine}), so the
 * same grammar, errors and output pipes apply. It holds no vty line. {@code exit} in EXEC or Ctrl-]
 * ends it.
 */
final class AttachedSession {
    /** Ctrl-], telnet's escape character: leaves the router and returns to the lab console. */
    static final char ESCAPE = '\u001d';

    private final Router router;
    private final CliSession session;

    private AttachedSession(Router router, CliSession session) {
        this.router = router;
        this.session = session;
    }

    /** Opens the console line's session; kernel thread. */
    static AttachedSession open(Router router) {
        return new AttachedSession(router, new CliSession(router, "console", 15, "console"));
    }

    Router router() {
        return router;
    }

    String prompt() {
        return router.kernel().call(session::prompt);
    }

    boolean isSecretPrompt() {
        return router.kernel().call(session::isSecretPrompt);
    }

    boolean isClosed() {
        return router.kernel().call(session::isClosed);
    }

    /** Runs a typed line (a trailing {@code ?} asks for help) and returns what the router printed. */
    String type(String line) {
        Kernel kernel = router.kernel();
        if (line.endsWith("?") && !kernel.call(session::awaitsAnswer)) {
            String typed = line.substring(0, line.length() - 1);
            return kernel.call(() -> session.help(typed));
        }
        if (line.indexOf(CliSession.CTRL_Z) >= 0 && line.strip().equals(String.valueOf(CliSession.CTRL_Z))) {
            return kernel.call(session::ctrlZ);
        }
        return CliLoop.runLine(kernel, session, line, prompt().length());
    }
}
