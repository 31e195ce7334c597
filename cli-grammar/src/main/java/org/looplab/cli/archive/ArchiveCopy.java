package org.looplab.cli.archive;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.looplab.cli.files.FileUrl;
import org.looplab.cli.files.FlashWrites;
import org.looplab.files.ConfigArchive;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;
import org.looplab.store.ConfigStore;

/**
 * One copy of a configuration in the archive ({@code archive config}, {@code write memory} with
 * {@code write-memory}, a confirmed change's backup): the router's flash and archive list change at once
 * on the kernel thread; {@link #persist} writes the file (and deletes the copy pushed out past the
 * maximum) on the store thread; {@link #undo} takes it all back if that failed.
 */
public final class ArchiveCopy {
    private final Router router;
    private final String url;
    private final StoredFile file;
    private final StoredFile replaced;
    private final String pushedOut;
    private final StoredFile pushedOutFile;

    private ArchiveCopy(Router router, String url, StoredFile file, StoredFile replaced, String pushedOut,
            StoredFile pushedOutFile) {
        this.router = router;
        this.url = url;
        this.file = file;
        this.replaced = replaced;
        this.pushedOut = pushedOut;
        this.pushedOutFile = pushedOutFile;
    }

    /** Makes the next copy of {@code text}; null when the archive has no path. Kernel thread. */
    public static ArchiveCopy make(Router router, String text) {
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        if (archive == null || archive.path() == null) {
            return null;
        }
        Flash flash = Flash.of(router);
        String url = archive.nextCopy();
        String pushedOut = archive.addCopy();
        StoredFile pushedOutFile = pushedOut == null ? null : flash.remove(nameOf(pushedOut));
        String name = nameOf(url);
        StoredFile replaced = flash.get(name);
        StoredFile file = new StoredFile(name, text.getBytes(StandardCharsets.US_ASCII), FlashWrites.now(router));
        flash.put(file);
        return new ArchiveCopy(router, url, file, replaced, pushedOut, pushedOutFile);
    }

    /** The copy's url as show archive names it ({@code flash:archive-0}). */
    public String url() {
        return url;
    }

    public void persist(ConfigStore store) throws SQLException {
        store.saveFile(router.lab().name(), router.name(), file);
        if (pushedOut != null) {
            store.deleteFile(router.lab().name(), router.name(), nameOf(pushedOut));
        }
    }

    /** Kernel thread. */
    public void undo() {
        Flash flash = Flash.of(router);
        flash.restore(file.name(), replaced);
        if (pushedOutFile != null) {
            flash.put(pushedOutFile);
        }
        ConfigArchive.of(router).undoCopy(pushedOut);
    }

    private static String nameOf(String url) {
        return FileUrl.parse(url).name();
    }
}
