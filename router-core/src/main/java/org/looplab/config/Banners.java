package org.looplab.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * The {@code banner motd|login|exec} texts, kept exactly as typed between the delimiters (newlines
 * included), as IOS keeps them.
 */
public final class Banners {
    /** In IOS's running-config order. */
    public enum Kind { EXEC, LOGIN, MOTD }

    private final Map<Kind, String> texts = new EnumMap<>(Kind.class);

    /** The text of a banner, or null when it is not set. */
    public String text(Kind kind) {
        return texts.get(kind);
    }

    public void set(Kind kind, String text) {
        texts.put(kind, TerminalSafeText.strip(text));
    }

    public void remove(Kind kind) {
        texts.remove(kind);
    }

    /** The banners set, in running-config order. */
    public Map<Kind, String> all() {
        return new EnumMap<>(texts);
    }
}
