package org.looplab.cli.command;

/**
 * The delimiter rule of {@code banner}: the first character after the banner's kind delimits its text.
 * IOS writes the delimiter as Ctrl-C, shown as the two characters {@code ^C} in running-config; when those
 * two characters come back (a config pasted from {@code show running-config}) they count as one delimiter,
 * as does a literal Ctrl-C character from a saved config file.
 */
public record BannerText(String delimiter) {
    public static final String CARET_C = "^C";
    private static final String CTRL_C = "\u0003";

    /** The delimiter that starts {@code text} (the rest of the line after the banner's kind). */
    public static BannerText startingWith(String text) {
        if (text.startsWith(CARET_C)) {
            return new BannerText(CARET_C);
        }
        return new BannerText(text.substring(0, text.offsetByCodePoints(0, 1)));
    }

    /** Where the delimiter ends {@code text}, or -1. */
    public int end(String text) {
        int at = text.indexOf(delimiter);
        if (delimiter.equals(CARET_C)) {
            int ctrlC = text.indexOf(CTRL_C);
            at = at < 0 ? ctrlC : ctrlC < 0 ? at : Math.min(at, ctrlC);
        } else if (delimiter.equals(CTRL_C)) {
            int caret = text.indexOf(CARET_C);
            at = at < 0 ? caret : caret < 0 ? at : Math.min(at, caret);
        }
        return at;
    }

    /** The delimiter as IOS prints it in its prompt for more text. */
    public String shown() {
        return delimiter.equals(CTRL_C) ? CARET_C : delimiter;
    }
}
