package org.looplab.cli.files;

import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;

/** {@code dir [URL]}: flash0: when no file system is named. */
public record ListDirectory(FileUrl url) implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(DirectoryListing.render(context.router(), url));
    }
}
