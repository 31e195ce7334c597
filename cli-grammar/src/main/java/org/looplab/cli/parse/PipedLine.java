package org.looplab.cli.parse;

import java.util.Locale;

/**
 * A typed line cut at its output pipe: the {@code show} command before the first {@code |}, and what
 * follows it. Lines that are not {@code show} (or {@code do show}) have no pipe: a description or a
 * banner may contain a '|'.
 */
public record PipedLine(String command, int bar, String modifier) {
    /** The line cut at its pipe, or null when it has none. */
    public static PipedLine of(String line) {
        int bar = line.indexOf('|');
        if (bar < 0 || !isShow(line.substring(0, bar))) {
            return null;
        }
        return new PipedLine(line.substring(0, bar), bar, line.substring(bar + 1));
    }

    /** The column in the line where the text after the bar starts. */
    public int modifierColumn() {
        return bar + 1;
    }

    private static boolean isShow(String command) {
        String[] words = command.trim().toLowerCase(Locale.ROOT).split("\\s+");
        int first = words.length > 1 && words[0].equals("do") ? 1 : 0;
        return words.length > first && words[first].length() >= 2 && "show".startsWith(words[first]);
    }
}
