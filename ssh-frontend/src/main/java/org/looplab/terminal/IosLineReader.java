package org.looplab.terminal;

import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * A JLine line reader that knows IOS's editing keys and nothing else. JLine's default key maps (emacs,
 * vi, menu, ...) bind widgets that reach the host: Ctrl-X Ctrl-E runs its built-in editor (Nano) on a
 * temporary file, and the editor can open any file. So the reader gets one explicit key map, used under
 * every key-map name, that binds only the keys below (an allow-list, not a list of known-bad keys); the
 * editor widget is removed as well, and history stays in memory (no history file, no temporary file).
 *
 * <p>Keys, as IOS's command-line editing: Ctrl-A/Ctrl-E start/end of line, Ctrl-B/Ctrl-F and the
 * arrows move, Esc B/Esc F by word, Ctrl-D delete, Backspace/Delete/Ctrl-H delete back, Ctrl-K delete to
 * the end, Ctrl-U/Ctrl-X delete to the start, Ctrl-W and Esc D delete a word, Ctrl-Y/Esc Y yank, Ctrl-T
 * transpose, Esc C/Esc L/Esc U capitalize/lower/upper a word, Ctrl-P/Ctrl-N and up/down history,
 * Ctrl-L/Ctrl-R redisplay the line, Enter. The caller binds its own keys ('?', Tab, Ctrl-C, Ctrl-Z) with
 * {@link #bind}. Any other key does nothing.
 */
public final class IosLineReader {
    private static final String REDISPLAY_LINE_WIDGET = "looplab-redisplay-line";
    private static final String INSERT_PRINTABLE_WIDGET = "looplab-insert-printable";
    private static final String ESC = "\033";
    private static final List<String> KEY_MAP_NAMES = List.of(LineReader.MAIN, LineReader.EMACS, LineReader.VIINS,
            LineReader.VICMD, LineReader.VIOPP, LineReader.VISUAL, LineReader.MENU, LineReader.SAFE, LineReader.DUMB);

    private IosLineReader() {
    }

    /** A reader on {@code terminal} with in-memory history of {@code historySize} lines. */
    public static InterruptibleLineReader build(Terminal terminal, int historySize) {
        InterruptibleLineReader reader = new InterruptibleLineReader(terminal);
        reader.setHistory(new DefaultHistory());
        reader.setVariable(LineReader.HISTORY_SIZE, historySize);
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION); // '!' is an IOS comment
        reader.unsetOpt(LineReader.Option.BRACKETED_PASTE);
        reader.setOpt(LineReader.Option.HISTORY_IGNORE_DUPS);
        // IOS echoes a closing bracket as itself: no cursor trip back to its opening one.
        reader.setVariable(LineReader.BLINK_MATCHING_PAREN, 0L);
        reader.getWidgets().remove(LineReader.EDIT_AND_EXECUTE_COMMAND);
        reader.getWidgets().put(REDISPLAY_LINE_WIDGET, () -> redisplayLine(reader));
        reader.getWidgets().put(INSERT_PRINTABLE_WIDGET, () -> insertPrintable(reader));
        KeyMap<Binding> keys = iosKeys();
        reader.getKeyMaps().clear();
        for (String name : KEY_MAP_NAMES) {
            reader.getKeyMaps().put(name, keys);
        }
        reader.setKeyMap(LineReader.MAIN);
        return reader;
    }

    /** Binds {@code widget} (already in the reader's widgets) to each key sequence. */
    public static void bind(LineReader reader, String widget, String... keys) {
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(widget), keys);
    }

    /**
     * Prints the prompt and the line again on a new line, as IOS does on Ctrl-L and Ctrl-R, the part a log
     * message interrupted included.
     */
    public static boolean redisplayLine(LineReader reader) {
        if (reader instanceof InterruptibleLineReader interruptible) {
            interruptible.restoreHidden();
        }
        reader.getTerminal().writer().write("\n");
        reader.callWidget(LineReader.REDRAW_LINE);
        reader.callWidget(LineReader.REDISPLAY);
        return true;
    }

    private static KeyMap<Binding> iosKeys() {
        KeyMap<Binding> keys = new KeyMap<>();
        bind(keys, LineReader.SELF_INSERT, KeyMap.range(" -~"));
        keys.setUnicode(new Reference(INSERT_PRINTABLE_WIDGET));
        bind(keys, LineReader.ACCEPT_LINE, "\r", "\n");
        bind(keys, LineReader.BEGINNING_OF_LINE, KeyMap.ctrl('A'), ESC + "[H", ESC + "OH", ESC + "[1~");
        bind(keys, LineReader.END_OF_LINE, KeyMap.ctrl('E'), ESC + "[F", ESC + "OF", ESC + "[4~");
        bind(keys, LineReader.BACKWARD_CHAR, KeyMap.ctrl('B'), ESC + "[D", ESC + "OD");
        bind(keys, LineReader.FORWARD_CHAR, KeyMap.ctrl('F'), ESC + "[C", ESC + "OC");
        bind(keys, LineReader.UP_LINE_OR_HISTORY, KeyMap.ctrl('P'), ESC + "[A", ESC + "OA");
        bind(keys, LineReader.DOWN_LINE_OR_HISTORY, KeyMap.ctrl('N'), ESC + "[B", ESC + "OB");
        bind(keys, LineReader.BACKWARD_WORD, ESC + "b", ESC + "B");
        bind(keys, LineReader.FORWARD_WORD, ESC + "f", ESC + "F");
        bind(keys, LineReader.DELETE_CHAR, KeyMap.ctrl('D'), ESC + "[3~");
        bind(keys, LineReader.BACKWARD_DELETE_CHAR, KeyMap.ctrl('H'), KeyMap.del());
        bind(keys, LineReader.KILL_LINE, KeyMap.ctrl('K'));
        bind(keys, LineReader.BACKWARD_KILL_LINE, KeyMap.ctrl('U'), KeyMap.ctrl('X'));
        bind(keys, LineReader.BACKWARD_KILL_WORD, KeyMap.ctrl('W'));
        bind(keys, LineReader.KILL_WORD, ESC + "d", ESC + "D");
        bind(keys, LineReader.YANK, KeyMap.ctrl('Y'));
        bind(keys, LineReader.YANK_POP, ESC + "y", ESC + "Y");
        bind(keys, LineReader.TRANSPOSE_CHARS, KeyMap.ctrl('T'));
        bind(keys, LineReader.CAPITALIZE_WORD, ESC + "c", ESC + "C");
        bind(keys, LineReader.DOWN_CASE_WORD, ESC + "l", ESC + "L");
        bind(keys, LineReader.UP_CASE_WORD, ESC + "u", ESC + "U");
        bind(keys, REDISPLAY_LINE_WIDGET, KeyMap.ctrl('L'), KeyMap.ctrl('R'));
        return keys;
    }

    private static void bind(KeyMap<Binding> keys, String widget, CharSequence... sequences) {
        keys.bind(new Reference(widget), sequences);
    }

    private static void bind(KeyMap<Binding> keys, String widget, Iterable<? extends CharSequence> sequences) {
        keys.bind(new Reference(widget), sequences);
    }

    /** A character beyond ASCII is typed as itself unless it is a control character (C1). */
    private static boolean insertPrintable(LineReader reader) {
        String typed = reader.getLastBinding();
        if (typed == null || typed.codePoints().anyMatch(Character::isISOControl)) {
            return false;
        }
        reader.getBuffer().write(typed);
        return true;
    }
}
