package org.looplab.cli.command;

import org.looplab.cli.show.FlashDirectory;

/** {@code dir}: the default file system's listing. */
public record ShowFlashDirectory() implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(FlashDirectory.render());
    }
}
