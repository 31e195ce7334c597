package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The output modifiers a {@code show} command takes after {@code |}, with IOS 15's help texts, in the
 * order its {@code ?} lists them. Each takes a regular expression ({@code LINE  Regular Expression}).
 * IOS also lists {@code append}, {@code redirect}, {@code tee} and {@code format}, which write to or read
 * from a file system; they join this list when looplab has one.
 */
public enum OutputModifier {
    BEGIN("begin", "Begin with the line that matches"),
    COUNT("count", "Count number of lines which match regexp"),
    EXCLUDE("exclude", "Exclude lines that match"),
    INCLUDE("include", "Include lines that match"),
    SECTION("section", "Filter a section of output");

    /** The help of the regular expression every modifier takes. */
    public static final String EXPRESSION_NAME = "LINE";
    public static final String EXPRESSION_HELP = "Regular Expression";

    private final String keyword;
    private final String help;

    OutputModifier(String keyword, String help) {
        this.keyword = keyword;
        this.help = help;
    }

    public String keyword() {
        return keyword;
    }

    public String help() {
        return help;
    }

    /** The modifiers {@code partial} abbreviates (all of them for an empty word). */
    public static List<OutputModifier> startingWith(String partial) {
        String lower = partial.toLowerCase(Locale.ROOT);
        List<OutputModifier> found = new ArrayList<>();
        for (OutputModifier modifier : values()) {
            if (modifier.keyword.startsWith(lower)) {
                found.add(modifier);
            }
        }
        return found;
    }
}
