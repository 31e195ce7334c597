package org.looplab.console;

import org.looplab.cli.session.CliSession;
import org.looplab.config.TerminalLine;
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

    /**
     * Opens the console line's session; kernel thread. With {@code no exec} on {@code line con 0} the line
     * starts no EXEC: there is no session, and what is typed gets no answer, as on the router's console port.
     */
    static AttachedSession open(Router router) {
        boolean exec = router.terminalLines().stream()
                .filter(line -> line.kind() == TerminalLine.Kind.CONSOLE).allMatch(TerminalLine::exec);
        return new AttachedSession(router, exec ? new CliSession(router, "console", 15, "console") : null);
    }

    Router router() {
        return router;
    }

    /** False when the console line has {@code no exec}: nothing answers until Ctrl-]. */
    boolean hasExec() {
        return session != null;
    }

    String prompt() {
        return session == null ? "" : router.kernel().call(session::prompt);
    }

    boolean isSecretPrompt() {
        return session != null && router.kernel().call(session::isSecretPrompt);
    }

    boolean isClosed() {
        return session != null && router.kernel().call(session::isClosed);
    }

    /** Runs a typed line (a trailing {@code ?} asks for help) and returns what the router printed. */
    String type(String line) {
        if (session == null) {
            return "";
        }
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
