package org.looplab.cli.files;

import org.looplab.files.Flash;
import org.looplab.router.Router;

/**
 * {@code show file systems} as IOS 15 on an ISR G2 prints it, with the file systems looplab has: the
 * default one starred, flash: as flash0:'s alias with IOS's {@code #} mark.
 */
public final class ShowFileSystems {
    private ShowFileSystems() {
    }

    public static String render(Router router) {
        String startup = router.startupConfigText();
        int nvramUsed = startup == null ? 0 : startup.length();
        return "File Systems:\n\n"
                + "       Size(b)       Free(b)      Type  Flags  Prefixes\n"
                + line(" ", "-", "-", "opaque", "system:")
                + line(" ", "-", "-", "opaque", "null:")
                + line("*", String.valueOf(Flash.TOTAL_BYTES), String.valueOf(Flash.of(router).freeBytes()), "disk",
                        "flash0: flash:#")
                + line(" ", String.valueOf(DirectoryListing.NVRAM_BYTES),
                        String.valueOf(DirectoryListing.NVRAM_BYTES - nvramUsed), "nvram", "nvram:");
    }

    private static String line(String mark, String size, String free, String type, String prefixes) {
        return String.format("%s%13s %13s %9s %6s   %s\n", mark, size, free, type, "rw", prefixes);
    }
}
