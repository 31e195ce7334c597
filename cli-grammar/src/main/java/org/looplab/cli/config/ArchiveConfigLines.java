package org.looplab.cli.config;

import org.looplab.files.ConfigArchive;
import org.looplab.router.Router;

/** The {@code archive} block, after the usernames: log config and its lines, path, maximum, write-memory, time-period. */
final class ArchiveConfigLines {
    private ArchiveConfigLines() {
    }

    static String render(Router router) {
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        if (archive == null || !archive.configured()) {
            return "";
        }
        StringBuilder out = new StringBuilder("archive\n");
        for (String line : archive.keptLines()) {
            // log config's own lines sit one level deeper, as IOS writes them.
            boolean logLine = line.startsWith("logging") || line.startsWith("hidekeys") || line.startsWith("notify");
            out.append(logLine ? "  " : " ").append(line).append('\n');
        }
        if (archive.path() != null) {
            out.append(" path ").append(archive.path()).append('\n');
        }
        if (archive.maximum() != ConfigArchive.DEFAULT_MAXIMUM) {
            out.append(" maximum ").append(archive.maximum()).append('\n');
        }
        if (archive.writeMemory()) {
            out.append(" write-memory\n");
        }
        if (archive.timePeriodMinutes() > 0) {
            out.append(" time-period ").append(archive.timePeriodMinutes()).append('\n');
        }
        return out.append("!\n").toString();
    }
}
