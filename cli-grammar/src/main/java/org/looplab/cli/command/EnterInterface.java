package org.looplab.cli.command;

import org.looplab.cli.mode.Modes;
import org.looplab.router.InterfaceName;

/** {@code interface NAME}: enters config-if (config-subif for a subinterface), creating a loopback or subinterface that does not exist yet. */
public record EnterInterface(InterfaceName name) implements Command {
    @Override
    public void run(CommandContext context) {
        context.enterMode(name.isSubinterface() ? Modes.SUBINTERFACE : Modes.INTERFACE, context.router().enterInterface(name));
    }
}
