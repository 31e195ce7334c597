package org.looplab.cli.files;

import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;

/** {@code rename URL URL} on flash0:: IOS asks {@code Destination filename [NAME]?}; the file keeps its date. */
public record RenameFile(FileUrl from, FileUrl to) implements Command {
    @Override
    public void run(CommandContext context) {
        if (from.system() != FileUrl.FileSystem.FLASH || to.system() != FileUrl.FileSystem.FLASH
                || from.isFileSystem()) {
            context.print("%Error renaming " + from.display() + " (Permission denied)\n");
            return;
        }
        Prompt.filename(context, "Destination filename", to.isFileSystem() ? from.name() : to.name(),
                (name, ctx) -> rename(ctx, name));
    }

    private void rename(CommandContext context, String name) {
        Router router = context.router();
        Flash flash = Flash.of(router);
        StoredFile old = flash.get(from.name());
        if (old == null) {
            context.print(RouterFiles.missing("renaming", from));
            return;
        }
        StoredFile replaced = flash.get(name);
        StoredFile renamed = new StoredFile(name, old.content(), old.modified());
        flash.remove(old.name());
        flash.put(renamed);
        String lab = router.lab().name();
        context.defer(FlashWrites.persist(router, store -> {
            store.saveFile(lab, router.name(), renamed);
            store.deleteFile(lab, router.name(), old.name());
        }, elapsed -> "", () -> {
            flash.remove(name);
            if (replaced != null) {
                flash.put(replaced);
            }
            flash.put(old);
        }, "%Error renaming " + from.display()));
    }
}
