package org.looplab.cli.command;

import org.looplab.router.InterfaceName;

/** {@code [no] passive-interface NAME}, or {@code [no] passive-interface default} when {@code name} is null. */
public record SetPassiveInterface(InterfaceName name, boolean passive) implements Command {
    @Override
    public void run(CommandContext context) {
        var process = context.currentOspfProcess();
        if (name == null) {
            process.setPassiveDefault(passive);
        } else {
            OspfMessages.print(context, process.setPassive(name, passive));
        }
    }
}
