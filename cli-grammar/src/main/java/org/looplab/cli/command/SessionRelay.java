package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;

/**
 * An outgoing session ({@code telnet}, {@code ssh}) that the CLI session relays typed lines to while it
 * is open: lines go to the far router, its output and prompt come back. Kernel thread only.
 */
public interface SessionRelay {
    /** Sends a typed line; completes with the far end's output once it shows its next prompt (or closes). */
    CompletableFuture<String> send(String line);

    /** {@code ?} typed after {@code typed}: completes with the far end's help text. */
    CompletableFuture<String> help(String typed);

    /** Tab after {@code typed}: completes with the far end's completed line. */
    CompletableFuture<String> complete(String typed);

    /** The far end's current prompt. */
    String prompt();

    /** True when the far end's prompt asks for a password (not echoed). */
    boolean secretPrompt();

    boolean isOpen();

    /** The closing line ({@code [Connection to A closed by foreign host]}) not yet shown, or "". */
    String takeClosingNotice();

    /** Closes the connection (the user's own session ended). */
    void disconnect();

    /** The far end's address, for {@code show sessions}. */
    String peer();
}
