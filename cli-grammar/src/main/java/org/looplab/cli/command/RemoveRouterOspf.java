package org.looplab.cli.command;

/** {@code no router ospf N}: the process stops, its adjacencies and routes go. */
public record RemoveRouterOspf(int processId) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.router().ospf().removeProcess(processId));
    }
}
