package org.looplab.cli.files;

import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;
import org.looplab.files.Flash;

/**
 * {@code delete [/force] URL}: IOS asks {@code Delete filename [NAME]?} and {@code Delete URL? [confirm]};
 * /force (or file prompt quiet) asks neither.
 */
public record DeleteFile(FileUrl url, boolean force) implements Command {
    @Override
    public void run(CommandContext context) {
        if (url.system() != FileUrl.FileSystem.FLASH || url.isFileSystem()) {
            context.print("%Error deleting " + url.display() + " (" + (url.isFileSystem() ? "Is a directory" : "Permission denied") + ")\n");
            return;
        }
        if (force) {
            delete(context, url);
            return;
        }
        Prompt.filename(context, "Delete filename", url.name(), (name, ctx) -> {
            FileUrl target = url.withName(name);
            Prompt.confirm(ctx, "", "Delete " + target.display() + "? ", () -> delete(ctx, target));
        });
    }

    private static void delete(CommandContext context, FileUrl target) {
        if (Flash.of(context.router()).get(target.name()) == null) {
            context.print(RouterFiles.missing("deleting", target));
            return;
        }
        FlashWrites.remove(context, target.name(), "");
    }
}
