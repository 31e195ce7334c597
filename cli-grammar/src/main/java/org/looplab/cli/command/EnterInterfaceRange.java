package org.looplab.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;

/**
 * {@code interface range IF [- N] [, IF [- N]]...}: enters config-if-range with every named interface,
 * in the order typed (loopbacks named there are created, as {@code interface} does).
 */
public record EnterInterfaceRange(List<InterfaceName> members) implements Command {
    @Override
    public void run(CommandContext context) {
        List<Interface> selected = new ArrayList<>(members.size());
        for (InterfaceName name : members) {
            Interface member = context.router().enterInterface(name);
            if (!selected.contains(member)) {
                selected.add(member);
            }
        }
        context.enterInterfaceRange(selected);
    }
}
