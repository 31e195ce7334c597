package org.looplab.cli.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandBuilder;
import org.looplab.cli.command.CommandContext;
import org.looplab.cli.command.EndConfiguration;
import org.looplab.cli.command.InvalidArgumentException;
import org.looplab.cli.command.Question;
import org.looplab.cli.help.ContextHelp;
import org.looplab.cli.help.HelpTexts;
import org.looplab.cli.help.TabCompletion;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.mode.Modes;
import org.looplab.cli.parse.LineParser;
import org.looplab.cli.parse.ParseResult;
import org.looplab.cli.privilege.CommandLevels;
import org.looplab.config.TerminalLine;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.sim.InternalErrors;

/**
 * One CLI session on a router: its mode, privilege, pending question and terminal settings. Each typed
 * line goes parse -> typed command -> apply, the same path as {@link org.looplab.cli.config.ConfigLoader}.
 * All methods run on the kernel thread (callers use {@code router.kernel().call(...)}).
 */
public final class CliSession {
    /** Ctrl-Z as a character, for front ends that send it inside a line. */
    public static final char CTRL_Z = '\u001a';
    public static final int DEFAULT_TERMINAL_LENGTH = 24;
    public static final int DEFAULT_TERMINAL_WIDTH = 80;
    private static final int HISTORY_SIZE = 10;
    private static final int MAX_HISTORY_LINE = 512;

    private final Router router;
    /** The line being run, or null for an answer to a question; the error log shows its first word only. */
    private String lastLineForLog = "";
    private final String userName;
    private final String peerAddress;
    private final LineParser parser = new LineParser();
    private final CommandBuilder builder;
    private final ContextHelp contextHelp = new ContextHelp(parser, HelpTexts.shipped());
    private final TabCompletion completion = new TabCompletion(parser, contextHelp);
    private final SessionContext context = new SessionContext();
    private final StringBuilder output = new StringBuilder();
    private Mode mode;
    private Interface currentInterface;
    /** The members of config-if-range mode, else empty. */
    private java.util.List<Interface> rangeMembers = java.util.List.of();
    private org.looplab.ospf.OspfProcess currentOspfProcess;
    private TerminalLine currentLine;
    /** The route-map entry of config-route-map mode. */
    private String currentRouteMapName;
    private int currentRouteMapSequence;
    /** The outgoing sessions ({@code telnet}, {@code ssh}); typed lines go to the active one. */
    private final org.looplab.cli.remote.OutgoingConnections connections = new org.looplab.cli.remote.OutgoingConnections();
    /** The named access list of config-std-nacl / config-ext-nacl mode. */
    private String currentAccessListName;
    /** The RADIUS server of config-radius-server, or the server group of config-sg-radius. */
    private String currentBlockName;
    /**
     * IOS keeps the last 10 lines of a session ({@code terminal history size}), in two buffers: one for
     * EXEC, one for the configuration modes; {@code show history} lists the current mode's.
     */
    private final java.util.ArrayDeque<String> execHistory = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<String> configHistory = new java.util.ArrayDeque<>();
    private int privilege;
    private Question pending;
    private boolean closed;
    private boolean logsConfiguration = true;
    /** What IOS puts before an EXEC line whose first word is no command (see {@link #runAsTelnet}). */
    private static final String IMPLICIT_TELNET = "telnet ";
    private boolean lastLineRejected;
    private Command lastCommand;
    private CompletableFuture<String> deferred;
    /** The front end's live printer (kernel thread, must not block), or null: output comes with the result. */
    private java.util.function.Consumer<String> liveOutput;
    /** The text a streaming command printed as it went; null when the command does not stream. */
    private Stream streamed;
    /** The escape sequence's action for the command under way, or null. */
    private Runnable abort;
    /** The front end's printer for log messages between commands (kernel thread, must not block), or null. */
    private java.util.function.Consumer<String> monitorPrinter;
    /** This session's listener on the router's log while {@code terminal monitor} is on, else null. */
    private java.util.function.Consumer<org.looplab.log.LogMessage> monitoring;
    private int terminalLength = DEFAULT_TERMINAL_LENGTH;
    private int terminalWidth = DEFAULT_TERMINAL_WIDTH;
    /** The vty line this session holds, or null (boot, console, tests). */
    private org.looplab.router.VtySessions.Session vty;
    /** exec-timeout on the vty line, once the front end said how to hang up; else null. */
    private IdleTimeout idleTimeout;
    /** True while a command that waits on the virtual clock runs (ping): the session is not idle. */
    private boolean running;

    public CliSession(Router router, String userName, int privilege, String peerAddress) {
        this.router = router;
        this.userName = userName;
        this.peerAddress = peerAddress;
        this.builder = new CommandBuilder(router);
        this.privilege = Math.max(0, Math.min(15, privilege));
        this.mode = CommandLevels.execMode(this.privilege);
        parser.setGate(new CommandLevels(router, () -> this.privilege));
    }

    /**
     * A session already in global configuration, as IOS reads its startup-config at boot; leaving
     * configuration logs nothing. Used by {@link org.looplab.cli.config.ConfigLoader}.
     */
    public static CliSession configuring(Router router) {
        CliSession session = new CliSession(router, "console", 15, "boot");
        session.logsConfiguration = false;
        session.mode = Modes.CONFIG;
        return session;
    }

    /** {@code R1>}, {@code R1#}, {@code R1(config-if)#}, or the pending question's prompt. */
    public String prompt() {
        org.looplab.cli.command.SessionRelay relay = openRelay();
        if (relay != null) {
            return relay.prompt();
        }
        return pending != null ? pending.prompt() : mode.prompt(router.hostname());
    }

    /**
     * Takes a vty line for this session, so {@code show users} lists it; the front end calls
     * {@link #releaseVty} when the connection ends, however it ends.
     */
    public void occupyVty() {
        if (vty == null) {
            vty = router.vtySessions().open(userName, peerAddress, router.kernel().now());
        }
    }

    /** Takes over a vty line the connection already holds (taken when it connected), naming its user. */
    public void adoptVty(org.looplab.router.VtySessions.Session line) {
        vty = line;
        line.setUserName(userName);
    }

    /** Closes the outgoing sessions, active and suspended (the user's own connection ended). */
    public void disconnectOutgoing() {
        connections.closeAll();
    }

    /**
     * The escape sequence (Ctrl-^ x) at an outgoing session's prompt: back to this router's prompt, the
     * connection stays open for {@code resume}. False when no outgoing session is active.
     */
    public boolean suspend() {
        return connections.suspend();
    }

    /**
     * Gives the session a printer for the log messages {@code terminal monitor} shows: each message as a
     * line, stamped as {@code show logging} stamps it. Called on the kernel thread; must not block.
     */
    public void setMonitorPrinter(java.util.function.Consumer<String> printer) {
        monitorPrinter = printer;
    }

    /**
     * {@code logging synchronous} on the line this session holds: its vty block's, or the console's for a
     * session without a vty (attach). Kernel thread.
     */
    public boolean loggingSynchronous() {
        TerminalLine line = vty != null ? org.looplab.vty.VtyAccess.blockOf(router, vty.vty())
                : router.terminalLines().stream().filter(each -> each.kind() == TerminalLine.Kind.CONSOLE)
                        .findFirst().orElse(null);
        return line != null && line.loggingSynchronous();
    }

    /** True while {@code terminal monitor} is on. */
    public boolean isMonitoring() {
        return monitoring != null;
    }

    private void monitor(boolean on) {
        if (on && monitoring == null) {
            monitoring = message -> {
                java.util.function.Consumer<String> printer = monitorPrinter;
                if (printer != null && !closed) {
                    String stamp = org.looplab.cli.show.LogTimestamp.forLog(router, message.timeNanos());
                    printer.accept((stamp == null ? "" : stamp + ": ") + message.text() + "\n");
                }
            };
            router.log().addListener(monitoring);
        } else if (!on && monitoring != null) {
            router.log().removeListener(monitoring);
            monitoring = null;
        }
    }

    /**
     * Enforces the vty line's {@code exec-timeout}: after that long without input, the session closes and
     * {@code hangUp} runs (on the kernel thread) so the front end ends the connection. Needs a vty line.
     */
    public void setIdleDisconnect(Runnable hangUp) {
        if (vty == null) {
            return;
        }
        if (idleTimeout != null) {
            idleTimeout.stop();
        }
        vty.touch(router.kernel().now()); // EXEC starts now; the login before it had its own time limit
        idleTimeout = new IdleTimeout(router, vty, () -> {
            closed = true;
            hangUp.run();
        }, () -> running);
        idleTimeout.restart();
    }

    public void releaseVty() {
        if (idleTimeout != null) {
            idleTimeout.stop();
            idleTimeout = null;
        }
        monitor(false);
        if (vty != null) {
            router.vtySessions().close(vty);
            vty = null;
        }
    }

    /** The outgoing session (telnet/ssh) this session relays to, if it is still open; null otherwise. */
    private org.looplab.cli.command.SessionRelay openRelay() {
        org.looplab.cli.command.SessionRelay relay = connections.active();
        return relay != null && relay.isOpen() ? relay : null;
    }

    /** True while a question (a password, a banner's text) waits for the next line as its answer. */
    public boolean awaitsAnswer() {
        return pending != null;
    }

    /** True when the question waiting is answered by one key on a terminal ({@code [confirm]}). */
    public boolean isOneKeyPrompt() {
        return openRelay() == null && pending != null && pending.takesOneKey();
    }

    /** True when the next line must not be echoed. */
    public boolean isSecretPrompt() {
        org.looplab.cli.command.SessionRelay relay = openRelay();
        if (relay != null) {
            return relay.secretPrompt();
        }
        return pending != null && pending.isSecret();
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Runs one typed line. The future completes at once with everything printed (lines ending "\n", ""
     * for none), or later, from kernel events, for a command that waits on the virtual clock (ping,
     * traceroute). Called on the kernel thread; callers wait on the future outside it.
     */
    public CompletableFuture<String> submit(String line) {
        if (vty != null) {
            vty.touch(router.kernel().now());
        }
        if (idleTimeout != null) {
            idleTimeout.restart();
        }
        String notice = "";
        org.looplab.cli.command.SessionRelay relay = connections.active();
        if (relay != null) {
            if (relay.isOpen()) {
                connections.touch(router.kernel().now());
                return relay.send(line).thenApply(text -> {
                    if (!relay.isOpen()) {
                        connections.remove(relay);
                    }
                    return text;
                });
            }
            // The far end closed while the user was idle: say so, then the line runs here.
            notice = relay.takeClosingNotice();
            connections.remove(relay);
        }
        if (line.isBlank() && pending == null && !closed && mode.isExec() && connections.current() != null) {
            // IOS: Enter on an empty EXEC line resumes the current outgoing connection.
            return CompletableFuture.completedFuture(notice + connections.resume(connections.current(), router.kernel().now()));
        }
        String printed = notice + runLineCollecting(line);
        if (deferred == null) {
            abort = null;
            return CompletableFuture.completedFuture(printed);
        }
        // A save completes on the store thread: what follows (idle timer, vty) belongs to the kernel's.
        CompletableFuture<String> rest = router.kernel().onKernelThread(deferred);
        deferred = null;
        String before = printed;
        Stream stream = streamed;
        streamed = null;
        if (stream != null && liveOutput != null) {
            // A terminal shows the header at once, then the marks as they come; the result is the rest.
            stream.goLive(printed, liveOutput);
            before = "";
        }
        String first = before;
        running = true;
        return rest.handle((text, failure) -> {
            abort = null;
            running = false;
            if (vty != null && idleTimeout != null) {
                vty.touch(router.kernel().now()); // the prompt is back: idle time counts from here
                idleTimeout.restart();
            }
            String middle = stream == null ? "" : stream.held();
            return failure == null ? first + middle + text
                    : first + middle + "% Command failed: " + describe(failure) + "\n";
        });
    }

    /**
     * Writes a show command's output where {@code | redirect}, {@code | tee} or {@code | append} sends it;
     * completes with "" once written, or IOS's error line. Kernel thread.
     */
    public CompletableFuture<String> writeOutput(org.looplab.cli.files.FileUrl url, String text, boolean append) {
        return org.looplab.cli.files.OutputToFile.write(router, url, text, append);
    }

    /**
     * Gives the session a printer for the text a long command prints as it goes (ping's marks): the front
     * end shows it live. Called on the kernel thread, so it must hand the text on without blocking.
     */
    public void setLiveOutput(java.util.function.Consumer<String> printer) {
        liveOutput = printer;
    }

    /**
     * The escape sequence (Ctrl-^) typed while a command runs: a ping or traceroute stops and reports what
     * it has; its line then completes. Nothing when no command is under way.
     */
    public void abort() {
        Runnable action = abort;
        abort = null;
        if (action != null) {
            action.run();
        }
    }

    /**
     * Runs one line whose command answers at once (configuration, show) and returns what it printed.
     * A command that waits on the virtual clock throws {@link IllegalStateException}: use
     * {@link #submit} and let the kernel run. Tests call this from their own thread.
     */
    public String execute(String line) {
        CompletableFuture<String> result = submit(line);
        if (!result.isDone()) {
            throw new IllegalStateException("'" + line + "' waits on the virtual clock: use submit()");
        }
        return result.join();
    }

    private String runLineCollecting(String line) {
        output.setLength(0);
        deferred = null;
        streamed = null;
        abort = null;
        lastLineRejected = false;
        lastCommand = null;
        if (closed) {
            return "";
        }
        lastLineForLog = pending != null ? null : line;
        try {
            if (pending != null) {
                Question question = pending;
                pending = null;
                question.answer(line, context);
                return output.toString();
            }
            remember(line);
            int ctrlZ = line.indexOf(CTRL_Z);
            if (ctrlZ >= 0) {
                // A command typed then Ctrl-Z runs, then the session leaves configuration.
                runLine(line.substring(0, ctrlZ));
                if (pending == null) {
                    leaveConfigurationByCtrlZ();
                }
            } else {
                runLine(line);
            }
        } catch (RuntimeException unexpected) {
            // Never a stack trace to a user: one line, IOS style.
            lastLineRejected = true;
            deferred = null;
            output.append("% Command failed: ").append(describe(unexpected)).append('\n');
        }
        return output.toString();
    }

    /**
     * {@code ?} typed after {@code typed}: the help IOS prints, ending in a blank line; the front end then
     * shows the prompt and {@code typed} again. Nothing while a question waits for its answer.
     */
    public String help(String typed) {
        if (closed || pending != null || openRelay() != null) {
            return "";
        }
        try {
            return contextHelp.help(typed, mode, prompt().length(), terminalWidth);
        } catch (RuntimeException unexpected) {
            return "% Command failed: " + describe(unexpected) + "\n";
        }
    }

    /**
     * {@code ?} as {@link #help}, but answered by the far router while an outgoing session is active: the
     * future then completes when the answer has crossed the simulated network. Kernel thread.
     */
    public CompletableFuture<String> requestHelp(String typed) {
        org.looplab.cli.command.SessionRelay relay = openRelay();
        return relay != null && !closed ? relay.help(typed) : CompletableFuture.completedFuture(help(typed));
    }

    /** Tab as {@link #complete}, answered by the far router while an outgoing session is active. Kernel thread. */
    public CompletableFuture<String> requestCompletion(String typed) {
        org.looplab.cli.command.SessionRelay relay = openRelay();
        return relay != null && !closed ? relay.complete(typed) : CompletableFuture.completedFuture(complete(typed));
    }

    /** Tab after {@code typed}: the line with its last word completed, or {@code typed} unchanged. */
    public String complete(String typed) {
        if (closed || pending != null || openRelay() != null) {
            return typed;
        }
        try {
            return completion.complete(typed, mode);
        } catch (RuntimeException unexpected) {
            return typed;
        }
    }

    /**
     * Ctrl-Z (or Ctrl-C): back to privileged EXEC from any configuration mode; at a question ({@code [confirm]},
     * {@code Destination filename [startup-config]?}) the command is abandoned instead, as IOS does.
     */
    public String ctrlZ() {
        output.setLength(0);
        if (!closed && pending != null) {
            pending = null;
        } else if (!closed) {
            leaveConfigurationByCtrlZ();
        }
        return output.toString();
    }

    /** True after exit/logout/quit in EXEC. */
    public boolean isClosed() {
        return closed;
    }

    public int terminalLength() {
        return terminalLength;
    }

    public int terminalWidth() {
        return terminalWidth;
    }

    /** True when the last line executed was refused (invalid, incomplete, ambiguous, unknown). */
    public boolean lastLineRejected() {
        return lastLineRejected;
    }

    /** The typed command the last line ran, or null when it ran none. */
    public Command lastCommand() {
        return lastCommand;
    }

    private java.util.ArrayDeque<String> history() {
        return mode.isConfiguration() ? configHistory : execHistory;
    }

    private void remember(String line) {
        String stripped = line.strip();
        java.util.ArrayDeque<String> history = history();
        if (!stripped.isEmpty()) {
            if (history.size() == HISTORY_SIZE) {
                history.removeFirst();
            }
            history.addLast(stripped.length() > MAX_HISTORY_LINE ? stripped.substring(0, MAX_HISTORY_LINE) : stripped);
        }
    }

    private void leaveConfigurationByCtrlZ() {
        if (mode.isConfiguration()) {
            new EndConfiguration().run(context);
        }
    }

    private void runLine(String line) {
        if (line.stripLeading().startsWith("!")) {
            return; // IOS takes a line starting with '!' as a comment in every mode
        }
        String promptBefore = prompt();
        // A line in full keywords (a saved config, a paste) gets one direct parse per mode before any
        // word-by-word work: "interface Loopback1" inside an interface block belongs to the parent mode.
        for (Mode candidate = mode; candidate != null; candidate = fallThrough(candidate)) {
            ParseResult.Parsed direct = parser.parseInFullKeywords(line, candidate.startRule());
            if (direct != null && run(direct, candidate) == null) {
                return;
            }
        }
        ParseResult furthest = null;
        // The current mode first, then parent modes whose commands it accepts (IOS's mode fall-through).
        for (Mode candidate = mode; candidate != null; candidate = fallThrough(candidate)) {
            ParseResult result = parser.parse(line, candidate.startRule());
            if (result instanceof ParseResult.Empty) {
                return;
            }
            if (result instanceof ParseResult.Parsed parsed) {
                result = run(parsed, candidate);
                if (result == null) {
                    return;
                }
            }
            if (furthest == null || result.progress() > furthest.progress()) {
                furthest = result;
            }
            if (result instanceof ParseResult.Ambiguous ambiguous && ambiguous.atCommand()) {
                break;
            }
        }
        if (mode.isExec() && furthest instanceof ParseResult.Invalid invalid && invalid.wordIndex() == 0) {
            furthest = runAsTelnet(line, invalid);
            if (furthest == null) {
                return;
            }
        }
        lastLineRejected = true;
        report(furthest, promptBefore);
    }

    /**
     * IOS reads an EXEC line whose first word is no command as {@code telnet LINE}: a host to connect to, then
     * telnet's options. Returns null when it ran, else why it was refused, the caret on the line as typed.
     */
    private ParseResult runAsTelnet(String line, ParseResult.Invalid asCommand) {
        ParseResult result = parser.parse(IMPLICIT_TELNET + line, mode.startRule());
        if (result instanceof ParseResult.Parsed parsed) {
            result = run(parsed, mode);
        }
        if (result instanceof ParseResult.Invalid invalid && invalid.caretColumn() > IMPLICIT_TELNET.length()) {
            return new ParseResult.Invalid(invalid.caretColumn() - IMPLICIT_TELNET.length(), invalid.wordIndex() - 1,
                    invalid.words() - 1);
        }
        return result == null ? null : asCommand;
    }

    private static Mode fallThrough(Mode candidate) {
        return candidate.acceptsParentCommands() ? candidate.parent() : null;
    }

    /** Builds and runs a parsed command in its mode; returns null when it ran, else why it was refused. */
    private ParseResult run(ParseResult.Parsed parsed, Mode candidate) {
        Command command;
        try {
            command = builder.build(parsed.tree());
        } catch (InvalidArgumentException bad) {
            return new ParseResult.Invalid(bad.column(), -1, -1);
        }
        if (candidate != mode) {
            mode = candidate;
            currentInterface = null;
            currentLine = null;
        }
        lastCommand = command;
        try {
            runCommand(command);
        } catch (InvalidArgumentException bad) {
            return new ParseResult.Invalid(bad.column(), -1, -1); // a value only the current state refuses (ip mtu above mtu)
        }
        return null;
    }

    private void runCommand(Command command) {
        if (mode == Modes.INTERFACE_RANGE && !(command instanceof org.looplab.cli.command.ExitMode
                || command instanceof EndConfiguration || command instanceof org.looplab.cli.command.RunExec)) {
            // IOS runs a line of config-if-range on each member in turn.
            try {
                for (Interface member : rangeMembers) {
                    if (mode != Modes.INTERFACE_RANGE) {
                        break;
                    }
                    currentInterface = member;
                    command.run(context);
                }
            } finally {
                if (mode == Modes.INTERFACE_RANGE) {
                    currentInterface = null;
                }
            }
            return;
        }
        command.run(context);
    }

    private void report(ParseResult failure, String promptBefore) {
        if (failure instanceof ParseResult.Invalid invalid) {
            output.append(" ".repeat(promptBefore.length() + invalid.caretColumn())).append("^\n");
            output.append("% Invalid input detected at '^' marker.\n\n");
        } else if (failure instanceof ParseResult.Ambiguous ambiguous) {
            output.append("% Ambiguous command:  \"").append(ambiguous.typedSoFar().strip()).append("\"\n");
        } else if (failure instanceof ParseResult.Incomplete) {
            output.append("% Incomplete command.\n\n");
        }
    }

    /**
     * A bug in a command: the details go to the lab's error log ({@link InternalErrors}); the user sees
     * that the command failed, never a Java class name or exception text.
     */
    private String describe(Throwable unexpected) {
        if (unexpected instanceof CompletionException wrapped && wrapped.getCause() != null) {
            unexpected = wrapped.getCause();
        }
        InternalErrors.report("in " + router.name() + "'s command '" + firstWordOfLastLine() + "'", unexpected);
        return "internal error";
    }

    /** The first word of the line that failed (the rest may hold a password), worked out only when one fails. */
    private String firstWordOfLastLine() {
        if (lastLineForLog == null) {
            return "(an answer to a question)";
        }
        String line = lastLineForLog.strip();
        return line.split("\\s+", 2)[0] + (line.contains(" ") ? " ..." : "");
    }

    /** A streaming command's text: held until the front end shows it live, or until the command ends. */
    private static final class Stream {
        private final StringBuilder held = new StringBuilder();
        private java.util.function.Consumer<String> live;

        void print(String text) {
            if (live != null) {
                live.accept(text);
            } else {
                held.append(text);
            }
        }

        void goLive(String printedBefore, java.util.function.Consumer<String> printer) {
            printer.accept(printedBefore + held);
            held.setLength(0);
            live = printer;
        }

        String held() {
            return held.toString();
        }
    }

    /** The session as commands see it. */
    private final class SessionContext implements CommandContext {
        @Override
        public Router router() {
            return router;
        }

        @Override
        public Mode mode() {
            return mode;
        }

        @Override
        public Interface currentInterface() {
            return currentInterface;
        }

        @Override
        public org.looplab.ospf.OspfProcess currentOspfProcess() {
            return currentOspfProcess;
        }

        @Override
        public void enterRouterOspf(org.looplab.ospf.OspfProcess process) {
            enterMode(Modes.ROUTER_OSPF, null);
            currentOspfProcess = process;
        }

        @Override
        public void enterRouteMap(String name, int sequence) {
            enterMode(Modes.ROUTE_MAP, null);
            currentRouteMapName = name;
            currentRouteMapSequence = sequence;
        }

        @Override
        public void relay(org.looplab.cli.command.SessionRelay outgoing) {
            connections.add(outgoing, router.kernel().now());
        }

        @Override
        public org.looplab.cli.remote.OutgoingConnections connections() {
            return connections;
        }

        @Override
        public void enterAccessList(Mode next, String name) {
            enterMode(next, null);
            currentAccessListName = name;
        }

        @Override
        public void enterNamedBlock(Mode next, String name) {
            enterMode(next, null);
            currentBlockName = name;
        }

        @Override
        public String currentBlockName() {
            return currentBlockName;
        }

        @Override
        public String currentAccessListName() {
            return currentAccessListName;
        }

        @Override
        public String currentRouteMapName() {
            return currentRouteMapName;
        }

        @Override
        public int currentRouteMapSequence() {
            return currentRouteMapSequence;
        }

        @Override
        public void enterMode(Mode next, Interface selected) {
            mode = next;
            currentInterface = selected;
            currentLine = null;
        }

        @Override
        public void enterInterfaceRange(java.util.List<Interface> members) {
            enterMode(Modes.INTERFACE_RANGE, null);
            rangeMembers = java.util.List.copyOf(members);
        }

        @Override
        public TerminalLine currentLine() {
            return currentLine;
        }

        @Override
        public void enterLine(TerminalLine line) {
            mode = Modes.LINE;
            currentLine = line;
            currentInterface = null;
        }

        @Override
        public String userName() {
            return userName;
        }

        @Override
        public String peerAddress() {
            return peerAddress;
        }

        @Override
        public org.looplab.router.VtySessions.Session vtySession() {
            return vty;
        }

        @Override
        public int terminalLength() {
            return terminalLength;
        }

        @Override
        public int terminalWidth() {
            return terminalWidth;
        }

        @Override
        public java.util.List<String> history() {
            return java.util.List.copyOf(CliSession.this.history());
        }

        @Override
        public void exitMode() {
            Mode parent = mode.parent();
            if (parent == null || parent.isExec()) {
                endConfiguration();
            } else {
                mode = parent;
                currentInterface = null;
                currentLine = null;
            }
        }

        @Override
        public void endConfiguration() {
            if (!mode.isConfiguration()) {
                return;
            }
            mode = CommandLevels.execMode(privilege);
            currentInterface = null;
            currentLine = null;
            if (logsConfiguration) {
                router.log("%SYS-5-CONFIG_I: Configured from console by " + userName + " on vty0 (" + peerAddress + ")");
            }
        }

        @Override
        public int privilege() {
            return privilege;
        }

        @Override
        public void setPrivilege(int level) {
            privilege = level;
            if (mode.isExec()) {
                mode = CommandLevels.execMode(level);
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public void print(String text) {
            output.append(text);
        }

        @Override
        public void defer(CompletableFuture<String> rest) {
            deferred = rest;
        }

        @Override
        public java.util.function.Consumer<String> streamOutput() {
            if (streamed == null) {
                streamed = new Stream();
            }
            return streamed::print;
        }

        @Override
        public void onAbort(Runnable action) {
            abort = action;
        }

        @Override
        public void ask(Question question) {
            pending = question;
        }

        @Override
        public void setTerminalLength(int lines) {
            terminalLength = lines;
        }

        @Override
        public void setTerminalWidth(int columns) {
            terminalWidth = columns;
        }

        @Override
        public void setMonitor(boolean on) {
            monitor(on);
        }
    }
}
