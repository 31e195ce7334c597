package org.looplab.cli.command;

import java.util.List;
import org.looplab.aaa.CommandPrivileges;

/**
 * {@code privilege MODE [all] level N COMMAND} (level set) and {@code privilege MODE reset COMMAND} or its
 * {@code no} form (level null): the keywords' privilege level in the mode.
 */
public record SetCommandPrivilege(String mode, List<String> keywords, Integer level, boolean all) implements Command {
    @Override
    public void run(CommandContext context) {
        CommandPrivileges privileges = CommandPrivileges.of(context.router());
        if (level == null) {
            privileges.reset(mode, keywords);
        } else {
            privileges.set(mode, keywords, level, all);
        }
    }
}
