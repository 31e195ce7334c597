package org.looplab.config;

/**
 * Text that one user stores and others see on their terminals (hostnames, descriptions, banners, user
 * names in log messages) without control characters: an ESC, BEL or C1 character typed, pasted, sent in
 * an exec request or read from a startup-config would otherwise reach another user's terminal as a
 * control sequence. Line ends (banners span lines) and tabs stay.
 */
public final class TerminalSafeText {
    private TerminalSafeText() {
    }

    /** {@code text} without its control characters other than newline and tab; null stays null. */
    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(TerminalSafeText::isUnsafe)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isUnsafe(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** True when {@code text} has a control character other than newline and tab. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(TerminalSafeText::isUnsafe);
    }

    private static boolean isUnsafe(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }
}
