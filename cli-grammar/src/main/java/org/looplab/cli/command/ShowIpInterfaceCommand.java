package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpInterface;
import org.looplab.router.Interface;

/** {@code show ip interface [NAME]}. */
public record ShowIpInterfaceCommand(Interface only) implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(ShowIpInterface.render(context.router(), only));
    }
}
