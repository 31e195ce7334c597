package org.looplab.cli.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Properties;
import org.looplab.cli.parse.Keywords;

/**
 * The help text of each keyword and argument kind, from {@code help.properties} beside the grammar. A
 * token has a text per context ({@link HelpContext}), keyed {@code PREVIOUS.TOKEN} (the keyword before it, as
 * {@code TERMINAL.LENGTH}; {@code MODE.PREVIOUS.TOKEN} where the keyword pair means something else in one
 * mode; {@code COMMAND.PREVIOUS.TOKEN} where it means something else after another first keyword of the
 * line, as {@code CLEAR.IP.BGP} beside {@code IP.BGP} of {@code show ip bgp}) or {@code MODE.TOKEN} /
 * {@code KIND.TOKEN} (the mode or kind of mode it starts a command in, as {@code config.EXIT}); the plain
 * {@code TOKEN} key is the fallback, enough for a token typed in one context only (HelpTextContextTest).
 * An argument's text is its IOS name, a tab, then its help ({@code A.B.C.D\tIP address}).
 */
public final class HelpTexts {
    private static final HelpTexts SHIPPED = load();

    private final Properties texts;
    /** Tokens IOS words the same in every context without a key of its own ({@code context-free}). */
    private final Set<String> contextFree;

    private HelpTexts(Properties texts) {
        this.texts = texts;
        this.contextFree = Set.of(texts.getProperty("context-free", "").trim().split("[,\\s]+"));
    }

    public static HelpTexts shipped() {
        return SHIPPED;
    }

    /** One line of {@code ?} output: what to type and what it does. */
    public record Entry(String name, String help) {
    }

    /** The entry of a token typed in {@code context}. */
    public Entry entry(int tokenType, HelpContext context) {
        String name = Keywords.tokenName(tokenType);
        String key = contextKey(tokenType, context);
        String text = texts.getProperty(key != null ? key : name, "");
        if (Keywords.isKeyword(tokenType)) {
            return new Entry(Keywords.text(tokenType), text);
        }
        int tab = text.indexOf('\t');
        return tab < 0 ? new Entry(name, text) : new Entry(text.substring(0, tab), text.substring(tab + 1));
    }

    /**
     * The line IOS prints above a mode's commands for {@code ?} on an empty line ({@code Exec commands:}),
     * keyed {@code header.MODE}; empty where we found none to copy.
     */
    public String header(String modeName) {
        String header = texts.getProperty("header." + modeName);
        return header == null ? "" : header + "\n";
    }

    /**
     * The key of the token's own text in this context, most specific first, or null when only its plain
     * fallback text exists: a word after a keyword has {@code COMMAND.PREVIOUS.TOKEN},
     * {@code COMMAND.*.TOKEN} (any later word of that command, as copy's destination whatever the source),
     * {@code MODE.PREVIOUS.TOKEN} or {@code PREVIOUS.TOKEN}; a command's first keyword {@code MODE.TOKEN} or
     * {@code exec.TOKEN} / {@code configuration.TOKEN} (the same text in every mode of that kind). A
     * context-free token falls back to its plain text where it has no such key ({@code vlan} the command).
     */
    public String contextKey(int tokenType, HelpContext context) {
        String name = Keywords.tokenName(tokenType);
        List<String> keys = new ArrayList<>();
        if (!context.atStart()) {
            String before = Keywords.tokenName(context.previous());
            if (context.command() > 0 && context.command() != context.previous()) {
                String command = Keywords.tokenName(context.command());
                keys.add(command + "." + before + "." + name);
                keys.add(command + ".*." + name);
            }
            keys.add(context.modeName() + "." + before + "." + name);
            keys.add(before + "." + name);
        } else {
            keys.add(context.modeName() + "." + name);
            keys.add(context.kindName() + "." + name);
        }
        for (String key : keys) {
            if (texts.getProperty(key) != null) {
                return key;
            }
        }
        return contextFree.contains(name) ? name : null;
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
