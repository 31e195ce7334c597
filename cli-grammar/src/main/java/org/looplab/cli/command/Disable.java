package org.looplab.cli.command;

/** {@code disable [N]}: down to privilege level N (1 without one); never up. */
public record Disable(int level) implements Command {
    public Disable() {
        this(1);
    }

    @Override
    public void run(CommandContext context) {
        if (level <= context.privilege()) {
            context.setPrivilege(level);
        }
    }
}
