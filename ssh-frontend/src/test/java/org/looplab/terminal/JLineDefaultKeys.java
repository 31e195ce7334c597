package org.looplab.terminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Every key sequence with a control character (Ctrl-X, Esc ..., arrows, Delete) that a stock JLine line
 * reader binds in any of its default key maps (emacs, vi insert, vi command, vi operator, visual, menu,
 * safe, dumb), read from JLine itself on an "ansi" terminal like the sessions' ones.
 */
public final class JLineDefaultKeys {
    private JLineDefaultKeys() {
    }

    public static SortedSet<String> controlSequences() {
        SortedSet<String> sequences = new TreeSet<>();
        try (Terminal terminal = new ExternalTerminal(null, "keys", "ansi", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, false,
                new Attributes(), new Size(80, 24))) {
            for (KeyMap<Binding> keyMap : new LineReaderImpl(terminal).defaultKeyMaps().values()) {
                for (String keys : keyMap.getBoundKeys().keySet()) {
                    if (keys.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                        sequences.add(keys);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sequences;
    }

    /** The sequence in caret notation (^X^E, ^[b), for messages. */
    public static String caret(String keys) {
        StringBuilder text = new StringBuilder();
        keys.chars().forEach(c -> text.append(c < 0x20 ? "^" + (char) (c + '@') : c == 0x7f ? "^?" : String.valueOf((char) c)));
        return text.toString();
    }
}
