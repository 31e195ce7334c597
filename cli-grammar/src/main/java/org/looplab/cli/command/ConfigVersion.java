package org.looplab.cli.command;

/** {@code version 15.9} in a saved config: a record of the release that wrote it, changing nothing. */
public record ConfigVersion() implements Command {
    @Override
    public void run(CommandContext context) {
    }
}
