package org.looplab.cli.archive;

import java.util.List;
import org.looplab.files.ConfigArchive;
import org.looplab.router.Router;

/** {@code show archive}: the archive's copies, numbered as IOS lists them, up to the maximum. */
final class ShowArchive {
    private ShowArchive() {
    }

    static String render(Router router) {
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        if (archive == null || archive.path() == null) {
            return " Archive feature not enabled\n";
        }
        List<String> copies = archive.copies();
        StringBuilder out = new StringBuilder()
                .append("The maximum archive configurations allowed is ").append(archive.maximum()).append(".\n")
                .append("There are currently ").append(copies.size()).append(" archive configurations saved.\n")
                .append("The next archive file will be named ").append(archive.nextCopy()).append('\n')
                .append(" Archive #  Name\n");
        for (int row = 1; row <= Math.max(archive.maximum(), copies.size()); row++) {
            if (row <= copies.size()) {
                out.append(String.format("   %-9d%s%s%n", row, copies.get(row - 1),
                        row == copies.size() ? " <- Most Recent" : ""));
            } else {
                out.append("   ").append(row).append('\n');
            }
        }
        return out.toString().replace("\r\n", "\n");
    }
}
