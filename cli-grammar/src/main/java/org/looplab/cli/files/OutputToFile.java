package org.looplab.cli.files;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;

/**
 * Where {@code | redirect URL}, {@code | tee [/append] URL} and {@code | append URL} put a show command's
 * output: a flash file (created, overwritten or appended to, as IOS's command reference says), null:
 * (gone), or nvram:startup-config. The answer is empty once the file is on disk, else IOS's error line.
 * Kernel thread.
 */
public final class OutputToFile {
    private OutputToFile() {
    }

    public static CompletableFuture<String> write(Router router, FileUrl url, String text, boolean append) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (url.system() == FileUrl.FileSystem.NULL) {
            return done("");
        }
        if (url.isFileSystem()) {
            return done("%Error opening " + url.display() + " (Is a directory)\n");
        }
        switch (url.system()) {
            case FLASH:
                return toFlash(router, url, bytes, append);
            case NVRAM:
                if (!append && url.name().equals("startup-config")) {
                    return StartupConfigWrite.write(router, text, elapsed -> "");
                }
                // nvram: holds the startup-config only, and cannot append (IOS: not among append's URLs).
                return done("%Error opening " + url.display() + " (Permission denied)\n");
            default:
                return done("%Error opening " + url.display() + " (Permission denied)\n");
        }
    }

    private static CompletableFuture<String> toFlash(Router router, FileUrl url, byte[] bytes, boolean append) {
        Flash flash = Flash.of(router);
        StoredFile existing = flash.get(url.name());
        byte[] content = bytes;
        if (append && existing != null) {
            content = new byte[existing.size() + bytes.length];
            System.arraycopy(existing.content(), 0, content, 0, existing.size());
            System.arraycopy(bytes, 0, content, existing.size(), bytes.length);
        }
        long growth = content.length - (existing == null ? 0 : existing.size());
        if (growth > flash.freeBytes()) {
            return done("%Error writing " + url.display() + " (No space left on device)\n");
        }
        return FlashWrites.write(router, url.name(), content, elapsed -> "");
    }

    private static CompletableFuture<String> done(String answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
