package org.looplab.cli.command;

import org.looplab.router.InterfaceName;

/** {@code no interface LoopbackN}. */
public record RemoveLoopback(InterfaceName name) implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().removeLoopback(name);
    }
}
