package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.List;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Router;

/**
 * Applies a whole configuration text (a startup-config) line by line in configuration mode, through the
 * same parse -> typed command -> apply path as typing. As IOS at boot, a bad line gives a warning and the
 * rest still applies; the indented lines under a line that was refused (a mode we do not know, such as
 * {@code line vty 0 4}) are skipped, each with a warning.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Returns warnings "line N: TEXT: MESSAGE". Lines starting with '!' and blank lines are skipped;
     * 'end' ends. Runs on the kernel thread.
     */
    public static List<String> apply(Router router, String configText) {
        CliSession session = CliSession.configuring(router);
        List<String> warnings = new ArrayList<>();
        boolean skippingBlock = false;
        String[] lines = configText.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String raw = lines[index];
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("!")) {
                skippingBlock = false;
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (skippingBlock && indented) {
                warnings.add(warning(index, text, "skipped: inside a block that was not accepted"));
                continue;
            }
            skippingBlock = false;
            if (text.equals("end")) {
                break;
            }
            String output = session.execute(text);
            if (session.lastLineRejected()) {
                warnings.add(warning(index, text, message(output)));
                skippingBlock = !indented;
            } else if (!output.isBlank()) {
                warnings.add(warning(index, text, message(output)));
            }
            if (!session.mode().isConfiguration()) {
                // "exit" at the top of a config file leaves nothing: the rest is still configuration.
                session.execute("configure terminal");
            }
        }
        return warnings;
    }

    private static String warning(int index, String text, String message) {
        return "line " + (index + 1) + ": " + text + ": " + message;
    }

    /** The printed lines without the caret line, joined into one. */
    private static String message(String output) {
        List<String> parts = new ArrayList<>();
        for (String line : output.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.equals("^")) {
                parts.add(stripped);
            }
        }
        return String.join(" ", parts);
    }

}
