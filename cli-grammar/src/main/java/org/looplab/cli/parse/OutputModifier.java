package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The output modifiers a {@code show} command takes after {@code |}, with IOS 15's help texts, in the
 * order its {@code ?} lists them. The filters take a regular expression ({@code LINE  Regular
 * Expression}); {@code append}, {@code redirect} and {@code tee} take a URL to write the output to. IOS
 * also lists {@code format}, which reads a spec file looplab has no use for.
 */
public enum OutputModifier {
    APPEND("append", "Append redirected output to URL (URLs supporting append operation only)"),
    BEGIN("begin", "Begin with the line that matches"),
    COUNT("count", "Count number of lines which match regexp"),
    EXCLUDE("exclude", "Exclude lines that match"),
    INCLUDE("include", "Include lines that match"),
    REDIRECT("redirect", "Redirect output to URL"),
    SECTION("section", "Filter a section of output"),
    TEE("tee", "Copy output to URL");

    /** The help of the regular expression every filter takes. */
    public static final String EXPRESSION_NAME = "LINE";
    public static final String EXPRESSION_HELP = "Regular Expression";
    /** {@code tee}'s option that appends instead of overwriting, with its help. */
    public static final String APPEND_OPTION = "/append";
    public static final String APPEND_OPTION_HELP = "Append to URL (URLs supporting append operation only)";
    /** The help of each file system a URL may start with, as IOS lists them after these modifiers. */
    public static final String URL_HELP = "Uniform Resource Locator";

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

    /** True for the modifiers that write the output to a file rather than filter it. */
    public boolean writesFile() {
        return this == APPEND || this == REDIRECT || this == TEE;
    }

    /** The file systems this modifier's {@code ?} offers: only those that can append, for {@code append}. */
    public List<String> fileSystems() {
        return this == APPEND ? List.of("flash0:", "flash:", "null:") : List.of("flash0:", "flash:", "null:", "nvram:");
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
