package org.looplab.cli.help;

import java.util.List;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.mode.Modes;

/**
 * Where a word is typed, as far as its help text depends on it: the mode (and its kind, EXEC or
 * configuration), the keyword before it and the line's first keyword. As on IOS, {@code no X} and
 * {@code default X} show X's texts (the words after {@code no} are read as a command of the mode), and
 * {@code do X} shows privileged EXEC's.
 */
public record HelpContext(String modeName, String kindName, int previous, int command) {
    public static final String EXEC = "exec";
    public static final String CONFIGURATION = "configuration";

    /** The context after the token types already typed on the line, in {@code mode}. */
    public static HelpContext after(List<Integer> types, Mode mode) {
        int from = 0;
        if (!types.isEmpty() && types.get(0) == IosLexer.DO && mode.isConfiguration()) {
            mode = Modes.PRIVILEGED_EXEC;
            from = 1;
        }
        if (mode.isConfiguration() && types.size() > from
                && (types.get(from) == IosLexer.NO || types.get(from) == IosLexer.DEFAULT)) {
            from++;
        }
        List<Integer> command = types.subList(from, types.size());
        return new HelpContext(mode.name(), mode.isExec() ? EXEC : CONFIGURATION,
                command.isEmpty() ? -1 : command.get(command.size() - 1),
                command.isEmpty() ? -1 : command.get(0));
    }

    /** True when the word starts a command of the mode. */
    public boolean atStart() {
        return previous < 0;
    }
}
