package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpTraffic;

/** {@code show ip traffic}: the router's IP statistics. */
public record ShowIpTrafficCommand() implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(ShowIpTraffic.render(context.router()));
    }
}
