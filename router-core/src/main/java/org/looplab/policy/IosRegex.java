package org.looplab.policy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * IOS's regular expressions for AS paths and communities ("Regular Expressions" in Cisco's Terminal
 * Services guide): POSIX-like ({@code . * + ? [] ^ $ | ()}), matched anywhere in the text, plus
 * {@code _}, which matches a comma, braces, parentheses, a space, or the start or end of the text.
 */
public final class IosRegex {
    private static final String UNDERSCORE = "(?:^|$|[,{}() ])";

    private IosRegex() {
    }

    /** The Java pattern for an IOS regexp; null when IOS would refuse it. */
    public static Pattern compile(String iosRegex) {
        StringBuilder java = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < iosRegex.length(); i++) {
            char c = iosRegex.charAt(i);
            if (c == '\\' && i + 1 < iosRegex.length()) {
                java.append(c).append(iosRegex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                java.append(c);
            } else if (c == ']') {
                inClass = false;
                java.append(c);
            } else if (c == '_' && !inClass) {
                java.append(UNDERSCORE);
            } else {
                java.append(c);
            }
        }
        try {
            return Pattern.compile(java.toString());
        } catch (PatternSyntaxException invalid) {
            return null;
        }
    }
}
