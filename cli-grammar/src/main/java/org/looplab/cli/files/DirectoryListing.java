package org.looplab.cli.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;

/**
 * {@code dir [URL]} as IOSv prints it: one line per file (index, permissions, size, date on the router's
 * clock, name), then the file system's size and free space. Netmiko reads the "Directory of" line and
 * {@code bytes free}; Ansible's ios_facts the totals.
 */
public final class DirectoryListing {
    /** IOSv's NVRAM size, as show startup-config reports it. */
    public static final int NVRAM_BYTES = 262144;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US).withZone(ZoneOffset.UTC);

    private DirectoryListing() {
    }

    public static String render(Router router, FileUrl url) {
        String heading = "Directory of " + url.system().prefix() + "/" + url.name() + "\n\n";
        switch (url.system()) {
            case FLASH: {
                Flash flash = Flash.of(router);
                StringBuilder out = new StringBuilder(heading);
                if (url.isFileSystem()) {
                    out.append(line(1, Flash.IMAGE_BYTES, Flash.IMAGE_DATE, Flash.IMAGE));
                    for (StoredFile file : flash.files()) {
                        out.append(line(flash.indexOf(file.name()), file.size(), file.modified(), file.name()));
                    }
                } else if (url.name().equals(Flash.IMAGE)) {
                    out.append(line(1, Flash.IMAGE_BYTES, Flash.IMAGE_DATE, Flash.IMAGE));
                } else {
                    StoredFile file = flash.get(url.name());
                    if (file == null) {
                        return RouterFiles.missing("opening", url);
                    }
                    out.append(line(flash.indexOf(file.name()), file.size(), file.modified(), file.name()));
                }
                return out.append('\n').append(Flash.TOTAL_BYTES).append(" bytes total (").append(flash.freeBytes())
                        .append(" bytes free)\n").toString();
            }
            case NVRAM: {
                String startup = router.startupConfigText();
                if (!url.isFileSystem() && !(url.name().equals("startup-config") && startup != null)) {
                    return RouterFiles.missing("opening", url);
                }
                StringBuilder out = new StringBuilder(heading);
                int used = 0;
                if (startup != null) {
                    used = startup.length();
                    out.append(line(253, used, null, "startup-config"));
                }
                return out.append('\n').append(NVRAM_BYTES).append(" bytes total (").append(NVRAM_BYTES - used)
                        .append(" bytes free)\n").toString();
            }
            case SYSTEM: {
                if (!url.isFileSystem() && !url.name().equals("running-config")) {
                    return RouterFiles.missing("opening", url);
                }
                byte[] running = RouterFiles.read(router, FileUrl.RUNNING_CONFIG);
                return heading + line(2, running.length, null, "running-config") + "\nNo space information available\n";
            }
            default:
                return heading + "No files in directory\n\nNo space information available\n";
        }
    }

    /** {@code    2  -rw-        1234  Dec 1 2026 20:30:01 +00:00  x.cfg}; a null date is IOS's {@code <no date>}. */
    private static String line(int index, long size, Instant modified, String name) {
        String when = modified == null ? String.format("%27s", "<no date>")
                : String.format("%11s %s +00:00", DATE.format(modified), TIME.format(modified));
        return String.format("%5d  -rw-  %10d  %s  %s\n", index, size, when, name);
    }
}
