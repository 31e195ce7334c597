package org.looplab.cli.command;

import org.looplab.ospf.OspfProcess;

/** {@code log-adjacency-changes [detail]} and its {@code no} forms. */
public record SetOspfAdjacencyLogging(OspfProcess.AdjacencyLogging logging) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setAdjacencyLogging(logging));
    }
}
