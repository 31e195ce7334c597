package org.looplab.cli.command;

/** {@code description LINE} (text kept verbatim), or {@code no description} (null). */
public record SetDescription(String text) implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().setDescription(context.currentInterface(), text);
    }
}
