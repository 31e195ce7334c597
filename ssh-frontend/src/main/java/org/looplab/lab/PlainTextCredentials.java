package org.looplab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user names and passwords a startup-config file gives in plain text ({@code username admin
 * privilege 15 secret admin}), so the console can tell people how to log in. Hashed secrets
 * ({@code secret 5 $1$...}) cannot be read back and are left out.
 */
public final class PlainTextCredentials {
    public record Credential(String user, String password) {
    }

    // A hashed secret ("secret 5 $1$...") has two words after "secret", so it never matches.
    private static final Pattern USERNAME = Pattern.compile(
            "^username\\s+(\\S+)(?:\\s+privilege\\s+\\d+)?\\s+(?:secret|password)\\s+(?:0\\s+)?(\\S+)\\s*$");

    private PlainTextCredentials() {
    }

    public static List<Credential> in(String configText) {
        List<Credential> found = new ArrayList<>();
        for (String line : configText.split("\r?\n")) {
            Matcher matcher = USERNAME.matcher(line.strip());
            if (matcher.matches()) {
                found.add(new Credential(matcher.group(1), matcher.group(2)));
            }
        }
        return found;
    }
}
