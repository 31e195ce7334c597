package org.looplab.cli.command;

import org.looplab.router.Dot1qEncapsulation;

/**
 * {@code encapsulation dot1Q N [native]} (null: {@code no encapsulation dot1Q}) on a subinterface, with IOS's
 * message when refused. A main interface carries no VLAN here (no switching is simulated): the line is kept
 * there as written, without behaviour.
 */
public record SetEncapsulation(Dot1qEncapsulation encapsulation, String lineText) implements Command {
    @Override
    public void run(CommandContext context) {
        if (!context.currentInterface().name().isSubinterface()) {
            new KeepInertLine(lineText, true).run(context);
            return;
        }
        String refused = context.router().setEncapsulation(context.currentInterface(), encapsulation);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
