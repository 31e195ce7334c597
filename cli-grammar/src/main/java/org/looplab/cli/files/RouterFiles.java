package org.looplab.cli.files;

import java.nio.charset.StandardCharsets;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;

/** What a file of a router holds, whichever file system it is on. Kernel thread. */
public final class RouterFiles {
    private RouterFiles() {
    }

    /** The bytes of {@code url}, or null when there is no such file. */
    public static byte[] read(Router router, FileUrl url) {
        switch (url.system()) {
            case SYSTEM:
                return url.name().equals("running-config")
                        ? RunningConfigWriter.render(router).getBytes(StandardCharsets.US_ASCII) : null;
            case NVRAM:
                String startup = router.startupConfigText();
                return url.name().equals("startup-config") && startup != null
                        ? startup.getBytes(StandardCharsets.US_ASCII) : null;
            case FLASH:
                StoredFile file = Flash.of(router).get(url.name());
                return file == null ? null : file.content();
            default:
                return new byte[0]; // null: reads as empty, as copy null: URL makes an empty file
        }
    }

    /** The text of {@code url}, or null when there is no such file. */
    public static String text(Router router, FileUrl url) {
        byte[] content = read(router, url);
        return content == null ? null : new String(content, StandardCharsets.US_ASCII);
    }

    /** {@code %Error opening URL (No such file or directory)}, as IOS answers a missing file. */
    public static String missing(String verb, FileUrl url) {
        return "%Error " + verb + " " + url.display() + " (No such file or directory)\n";
    }
}
