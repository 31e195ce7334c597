package org.looplab.cli.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.looplab.cli.parse.Keywords;

/**
 * The help text of each keyword and argument kind, from {@code help.properties} beside the grammar. A
 * token may have a text for one context, keyed {@code PREVIOUS.TOKEN} (the keyword before it, as
 * {@code TERMINAL.LENGTH}; {@code MODE.PREVIOUS.TOKEN} where the keyword pair means something else in one
 * mode) or {@code MODE.TOKEN} (the mode it starts a command in, as
 * {@code config.EXIT}); the plain {@code TOKEN} key is the fallback. An argument's text is its IOS
 * name, a tab, then its help ({@code A.B.C.D\tIP address}).
 */
public final class HelpTexts {
    private static final HelpTexts SHIPPED = load();

    private final Properties texts;

    private HelpTexts(Properties texts) {
        this.texts = texts;
    }

    public static HelpTexts shipped() {
        return SHIPPED;
    }

    /** One line of {@code ?} output: what to type and what it does. */
    public record Entry(String name, String help) {
    }

    /**
     * The entry of a token; {@code previous} is the token type before it (or -1 at the start of a
     * command), {@code modeName} the mode the line is typed in.
     */
    public Entry entry(int tokenType, int previous, String modeName) {
        String name = Keywords.tokenName(tokenType);
        String text = null;
        if (previous > 0) {
            text = texts.getProperty(modeName + "." + Keywords.tokenName(previous) + "." + name);
            if (text == null) {
                text = texts.getProperty(Keywords.tokenName(previous) + "." + name);
            }
        } else {
            text = texts.getProperty(modeName + "." + name);
        }
        if (text == null) {
            text = texts.getProperty(name, "");
        }
        if (Keywords.isKeyword(tokenType)) {
            return new Entry(Keywords.text(tokenType), text);
        }
        int tab = text.indexOf('\t');
        return tab < 0 ? new Entry(name, text) : new Entry(text.substring(0, tab), text.substring(tab + 1));
    }

    private static HelpTexts load() {
        Properties properties = new Properties();
        try (InputStream in = HelpTexts.class.getResourceAsStream("/org/looplab/cli/grammar/help.properties")) {
            if (in == null) {
                throw new IllegalStateException("help.properties missing beside the grammar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HelpTexts(properties);
    }
}
