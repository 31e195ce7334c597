package org.looplab.config;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code banner motd|login|exec|incoming|prompt-timeout|slip-ppp} texts, kept exactly as typed between
 * the delimiters (newlines included), as IOS keeps them. The incoming banner greets reverse-telnet
 * sessions to async lines, prompt-timeout a login that times out and slip-ppp a SLIP/PPP session: a lab
 * has none of those, so their texts are kept and written back, never shown.
 */
public final class Banners {
    /** In IOS's running-config order. */
    public enum Kind {
        EXEC, INCOMING, LOGIN, MOTD, PROMPT_TIMEOUT, SLIP_PPP;

        /** The keyword after {@code banner}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

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
