package org.looplab.cli.command;

/** {@code terminal length N}, 0 to 512 (0: no paging). */
public record SetTerminalLength(int lines) implements Command {
    public static final int MAX = 512;

    @Override
    public void run(CommandContext context) {
        context.setTerminalLength(lines);
    }
}
