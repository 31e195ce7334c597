package org.looplab.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.looplab.cli.files.FileUrl;
import org.looplab.cli.parse.OutputModifier;
import org.looplab.cli.parse.PipedLine;

/**
 * IOS output modifiers on {@code show} commands: {@code | include}, {@code | exclude}, {@code | begin},
 * {@code | section}, {@code | count}, each taking a regular expression, and {@code | redirect URL},
 * {@code | append URL}, {@code | tee [/append] URL}, which write the output to a file of the router;
 * keywords abbreviated as in IOS ({@code sh run | i hostname}). The command part goes to the CLI
 * unchanged; the filter runs here, on its output. Lines that are not {@code show} (or {@code do show})
 * keep their '|' (a description may contain one).
 */
final class OutputPipe {
    /** A typed line split at its pipe: the command, and the filter or an error to print instead. */
    record Split(String command, OutputPipe pipe, int errorColumn) {
        boolean invalid() {
            return errorColumn >= 0;
        }
    }

    private final OutputModifier kind;
    private final Pattern pattern;
    /** Where a writing modifier puts the output, else null; and whether it adds to the file. */
    private final FileUrl target;
    private final boolean append;

    private OutputPipe(OutputModifier kind, Pattern pattern, FileUrl target, boolean append) {
        this.kind = kind;
        this.pattern = pattern;
        this.target = target;
        this.append = append;
    }

    static Split split(String line) {
        PipedLine piped = PipedLine.of(line);
        if (piped == null) {
            return new Split(line, null, -1);
        }
        String command = piped.command();
        String rest = piped.modifier();
        String stripped = rest.stripLeading();
        int keywordColumn = piped.modifierColumn() + (rest.length() - stripped.length());
        int space = stripped.indexOf(' ');
        String keyword = space < 0 ? stripped : stripped.substring(0, space);
        List<OutputModifier> matching = keyword.isEmpty() ? List.of() : OutputModifier.startingWith(keyword);
        if (matching.size() != 1) {
            return new Split(command, null, keywordColumn);
        }
        String regex = space < 0 ? "" : stripped.substring(space + 1).strip();
        if (regex.isEmpty()) {
            return new Split(command, null, line.length());
        }
        if (matching.get(0).writesFile()) {
            return toFile(command, matching.get(0), regex, line.length() - regex.length() - trailingSpaces(line));
        }
        try {
            return new Split(command, new OutputPipe(matching.get(0), Pattern.compile(regex), null, false), -1);
        } catch (PatternSyntaxException e) {
            return new Split(command, null, keywordColumn + keyword.length() + 1);
        }
    }

    /** {@code [/append] URL} after a writing modifier, {@code column} where it starts in the line. */
    private static Split toFile(String command, OutputModifier kind, String words, int column) {
        String[] parts = words.split("\\s+");
        boolean append = kind == OutputModifier.APPEND;
        int urlIndex = 0;
        if (kind == OutputModifier.TEE && parts[0].equalsIgnoreCase(OutputModifier.APPEND_OPTION)) {
            append = true;
            urlIndex = 1;
        }
        if (urlIndex >= parts.length) {
            return new Split(command, null, column + words.length());
        }
        int urlColumn = column + words.indexOf(parts[urlIndex], urlIndex == 0 ? 0 : parts[0].length());
        FileUrl url = FileUrl.parse(parts[urlIndex]);
        boolean appendable = url != null && kind.fileSystems().contains(url.system().prefix());
        if (url == null || kind == OutputModifier.APPEND && !appendable) {
            return new Split(command, null, urlColumn);
        }
        if (parts.length > urlIndex + 1) {
            return new Split(command, null, column + words.indexOf(parts[urlIndex + 1], urlColumn - column + parts[urlIndex].length()));
        }
        return new Split(command, new OutputPipe(kind, null, url, append), -1);
    }

    private static int trailingSpaces(String line) {
        return line.length() - line.stripTrailing().length();
    }

    /** The file a writing modifier puts the output in, else null. */
    FileUrl target() {
        return target;
    }

    boolean appends() {
        return append;
    }

    /** True for {@code | tee}: the output is shown as well as written. */
    boolean showsOutput() {
        return kind == OutputModifier.TEE;
    }

    /** An answer that is only IOS's message ({@code % LLDP is not enabled}), not output to filter. */
    static boolean isMessage(String output) {
        return output.startsWith("%");
    }

    String apply(String output) {
        String[] lines = output.split("\n", -1);
        int count = output.endsWith("\n") ? lines.length - 1 : lines.length;
        List<String> kept = new ArrayList<>();
        boolean begun = false;
        boolean inSection = false;
        int matches = 0;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            boolean match = pattern.matcher(line).find();
            switch (kind) {
                case INCLUDE -> {
                    if (match) {
                        kept.add(line);
                    }
                }
                case EXCLUDE -> {
                    if (!match) {
                        kept.add(line);
                    }
                }
                case BEGIN -> {
                    begun = begun || match;
                    if (begun) {
                        kept.add(line);
                    }
                }
                case SECTION -> {
                    boolean indented = line.startsWith(" ");
                    if (!indented) {
                        inSection = match;
                    }
                    if (inSection || (indented && match)) {
                        kept.add(line);
                    }
                }
                case COUNT -> {
                    if (match) {
                        matches++;
                    }
                }
            }
        }
        if (kind == OutputModifier.COUNT) {
            return "Number of lines which match regexp = " + matches + "\n";
        }
        StringBuilder result = new StringBuilder();
        kept.forEach(line -> result.append(line).append('\n'));
        return result.toString();
    }

    /** IOS's answer to a bad filter, with the caret under the column where it went wrong. */
    static String invalidInput(int promptLength, int column) {
        return " ".repeat(promptLength + column) + "^\n% Invalid input detected at '^' marker.\n\n";
    }
}
