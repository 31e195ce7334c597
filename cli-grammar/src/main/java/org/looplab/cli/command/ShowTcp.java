package org.looplab.cli.command;

import org.looplab.cli.show.bgp.ShowTcpBrief;
import org.looplab.cli.show.bgp.TcpConnectionViews;
import org.looplab.tcp.TcpStack;

/** {@code show tcp brief [all]}: the router's TCP connections; with {@code all} its passive opens too. */
public record ShowTcp(boolean all) implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(ShowTcpBrief.render(TcpConnectionViews.brief(TcpStack.of(context.router()), all)));
    }
}
