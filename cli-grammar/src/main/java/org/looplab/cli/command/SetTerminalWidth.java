package org.looplab.cli.command;

/** {@code terminal width N}, 0 to 512. */
public record SetTerminalWidth(int columns) implements Command {
    public static final int MAX = 512;

    @Override
    public void run(CommandContext context) {
        context.setTerminalWidth(columns);
    }
}
