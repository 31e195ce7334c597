package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import org.looplab.cli.mode.Mode;
import org.looplab.config.TerminalLine;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/** What a command may see and change of the session that runs it. Kernel thread only. */
public interface CommandContext {
    Router router();

    Mode mode();

    /** The interface of config-if mode, else null. */
    Interface currentInterface();

    /** The line of config-line mode, else null. */
    TerminalLine currentLine();

    /** Moves to config-line mode for {@code line}. */
    void enterLine(TerminalLine line);

    /** Who runs the session and from where (for {@code show users}). */
    String userName();

    String peerAddress();

    /** The vty line the session holds, or null (boot, console, tests). */
    org.looplab.router.VtySessions.Session vtySession();

    /** Who asked, as IOS's log lines name them: {@code admin on vty0 (10.0.0.1)}, or {@code console}. */
    default String requester() {
        org.looplab.router.VtySessions.Session vty = vtySession();
        return vty == null ? "console" : userName() + " on vty" + vty.vty() + " (" + peerAddress() + ")";
    }

    int terminalLength();

    int terminalWidth();

    /** The lines typed in this session, oldest first (for {@code show history}). */
    java.util.List<String> history();

    /** The process of config-router mode ({@code router ospf N}); meaningful in that mode only. */
    org.looplab.ospf.OspfProcess currentOspfProcess();

    /** Moves to config-router mode for {@code router ospf N}. */
    void enterRouterOspf(org.looplab.ospf.OspfProcess process);

    /** Moves to config-route-map mode for entry {@code sequence} of route-map {@code name}. */
    void enterRouteMap(String name, int sequence);

    /** The route-map of config-route-map mode, else null. */
    String currentRouteMapName();

    /** The sequence of the route-map entry of config-route-map mode. */
    int currentRouteMapSequence();

    /** From now on typed lines go to this outgoing session until it closes or is suspended ({@code telnet}, {@code ssh}). */
    void relay(SessionRelay relay);

    /** The session's outgoing connections, for {@code show sessions}, {@code resume} and {@code disconnect}. */
    org.looplab.cli.remote.OutgoingConnections connections();

    /** Moves to a named access list's mode (config-std-nacl, config-ext-nacl). */
    void enterAccessList(Mode mode, String name);

    /** The access list of config-std-nacl or config-ext-nacl mode, else null. */
    String currentAccessListName();

    /** Moves to the mode of a named block (config-radius-server, config-sg-radius). */
    void enterNamedBlock(Mode mode, String name);

    /** The name of the current named block (the RADIUS server or server group), else null. */
    String currentBlockName();

    /** Enters config-if-range: the lines that follow apply to each of {@code members}, in order. */
    void enterInterfaceRange(java.util.List<Interface> members);

    /** Moves to a configuration mode (config, or config-if with its interface). */
    void enterMode(Mode mode, Interface selected);

    /** {@code exit}: to the parent mode; leaving configuration logs %SYS-5-CONFIG_I. */
    void exitMode();

    /** {@code end} / Ctrl-Z: back to privileged EXEC, logging %SYS-5-CONFIG_I. */
    void endConfiguration();

    int privilege();

    /** Sets the privilege level and the matching EXEC mode (user EXEC below 15). */
    void setPrivilege(int level);

    /** Ends the session ({@code exit}, {@code logout}, {@code quit} in EXEC). */
    void close();

    /** Appends output; lines end in "\n". */
    void print(String text);

    /**
     * The rest of this command's output arrives later, when {@code rest} completes from kernel events
     * (a ping waiting on the virtual clock). What the command printed before comes first. The session's
     * line completes when {@code rest} does; the front end shows no prompt until then.
     */
    void defer(CompletableFuture<String> rest);

    /**
     * For a deferred command that prints as it goes (ping's marks, traceroute's hops): the printer of
     * that text. A front end that shows output live (a terminal) gets it at once, with what the command
     * printed before; otherwise it comes before the deferred rest. Kernel thread.
     */
    java.util.function.Consumer<String> streamOutput();

    /** What the user's escape sequence (Ctrl-^) runs while this deferred command is under way. */
    void onAbort(Runnable abort);

    /** Asks a question: the next typed line is its answer. */
    void ask(Question question);

    void setTerminalLength(int lines);

    void setTerminalWidth(int columns);

    /** {@code terminal monitor} / {@code terminal no monitor}: log messages shown live in this session. */
    void setMonitor(boolean on);
}
