package org.looplab.cli.command;

/** {@code hostname WORD}. */
public record SetHostname(String hostname) implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().setHostname(hostname);
    }
}
