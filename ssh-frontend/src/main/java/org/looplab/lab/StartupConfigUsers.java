package org.looplab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user names a startup-config file defines ({@code username admin privilege 15 secret ...}), so the
 * start report can say whom to log in as. Their passwords stay in the file: the report never prints one.
 */
public final class StartupConfigUsers {
    private static final Pattern USERNAME = Pattern.compile("^username\\s+(\\S+)\\s");

    private StartupConfigUsers() {
    }

    public static List<String> in(String configText) {
        List<String> found = new ArrayList<>();
        for (String line : configText.split("\r?\n")) {
            Matcher matcher = USERNAME.matcher(line.strip());
            if (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }
}
