package org.looplab.cli.command;

import org.looplab.ospf.Redistribution;

/** {@code redistribute connected|static ...}, or {@code no redistribute SOURCE} when {@code line} is null. */
public record SetOspfRedistribution(Redistribution.Source source, Redistribution line) implements Command {
    @Override
    public void run(CommandContext context) {
        var process = context.currentOspfProcess();
        OspfMessages.print(context, line == null ? process.removeRedistribution(source) : process.setRedistribution(line));
    }
}
