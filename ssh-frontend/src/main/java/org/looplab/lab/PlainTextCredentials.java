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
            "^username\\s+(\\S+)(?:\\s+privilege\\s+\\d+)?(?:\\s+algorithm-type\\s+\\S+)?\\s+(?:secret|password)\\s+(?:0\\s+)?(\\S+)\\s*$");

    private PlainTextCredentials() {
    }

    /** The plain-text credentials; a later line for the same user replaces an earlier one, as in IOS. */
    public static List<Credential> in(String configText) {
        java.util.Map<String, Credential> found = new java.util.LinkedHashMap<>();
        for (String line : configText.split("\r?\n")) {
            Matcher matcher = USERNAME.matcher(line.strip());
            if (matcher.matches()) {
                found.put(matcher.group(1), new Credential(matcher.group(1), matcher.group(2)));
            } else if (line.strip().startsWith("username ")) {
                found.remove(line.strip().split("\\s+")[1]); // hashed now: the plain text no longer holds
            }
        }
        return new ArrayList<>(found.values());
    }
}
