package org.looplab.cli.command;

/** {@code maximum-paths N}, or {@code no maximum-paths} when {@code paths} is null. */
public record SetOspfMaximumPaths(Integer paths) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setMaximumPaths(paths));
    }
}
