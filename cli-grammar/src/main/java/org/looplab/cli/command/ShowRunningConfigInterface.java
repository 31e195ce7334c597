package org.looplab.cli.command;

import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.privilege.VisibleConfig;
import org.looplab.router.Interface;

/** {@code show running-config interface NAME}: IOS's header, then that interface's block. */
public record ShowRunningConfigInterface(Interface selected) implements Command {
    @Override
    public void run(CommandContext context) {
        String block = VisibleConfig.of(context.router(), context.privilege(), RunningConfigWriter.renderInterface(selected));
        context.print("Building configuration...\n\nCurrent configuration : " + block.length() + " bytes\n"
                + "!\n" + block + "end\n\n");
    }
}
