package org.looplab.cli.command;

/** A typed command, built from a parse tree by {@link CommandBuilder}, applied to a session's router. */
public interface Command {
    void run(CommandContext context);
}
