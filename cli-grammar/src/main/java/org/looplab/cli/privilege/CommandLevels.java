package org.looplab.cli.privilege;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.looplab.aaa.CommandPrivileges;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser;
import org.looplab.cli.mode.Modes;
import org.looplab.cli.parse.KeywordGate;
import org.looplab.cli.parse.Keywords;
import org.looplab.cli.parse.LineParser;
import org.looplab.cli.parse.StartRule;
import org.looplab.router.Router;

/**
 * IOS's command privilege levels as a session sees them: each keyword of a command is a node with a
 * level, and a keyword is usable when its node's level is at most the session's. A node's level is the
 * one a {@code privilege} line gave it ({@link CommandPrivileges}), else IOS's default: 0 for
 * {@code enable}, {@code disable}, {@code exit}, {@code help} and {@code logout}, 1 for what user EXEC offers (the
 * {@code exec_user_line} rule), 15 for the rest; in configuration modes 0 for {@code end}, {@code exit}
 * and {@code do} (whose command then counts as an EXEC command), 15 for the rest.
 */
public final class CommandLevels implements KeywordGate {
    private static final StartRule LEVEL_ONE = IosParser::exec_user_line;
    private static final Set<Integer> LEVEL_ZERO = Set.of(IosLexer.ENABLE, IosLexer.DISABLE, IosLexer.EXIT, IosLexer.LOGOUT,
            IosLexer.HELP);
    private static final Set<Integer> ANY_CONFIG_MODE = Set.of(IosLexer.END, IosLexer.EXIT, IosLexer.DO);
    /** IOS's parser takes an interface name as an argument, not a keyword of the command. */
    private static final Set<Integer> INTERFACE_TYPES = Set.of(IosLexer.ETHERNET, IosLexer.FASTETHERNET,
            IosLexer.GIGABITETHERNET, IosLexer.TENGIGABITETHERNET, IosLexer.SERIAL, IosLexer.PORT_CHANNEL, IosLexer.LOOPBACK);

    private final Router router;
    private final IntSupplier privilege;

    /** The gate of a session on {@code router} whose level {@code privilege} gives at each question. */
    public CommandLevels(Router router, IntSupplier privilege) {
        this.router = router;
        this.privilege = privilege;
    }

    @Override
    public boolean allows(StartRule rule, int[] before, int keyword) {
        int level = privilege.getAsInt();
        return level >= 15 || levelOf(rule, before, keyword) <= level;
    }

    @Override
    public boolean restricts() {
        return privilege.getAsInt() < 15;
    }

    /** The level of the node {@code keyword} after {@code before} in the mode of {@code rule}. */
    int levelOf(StartRule rule, int[] before, int keyword) {
        if (INTERFACE_TYPES.contains(keyword)) {
            return 0;
        }
        String mode = PrivilegeModes.of(rule);
        int[] path = Arrays.copyOf(before, before.length + 1);
        path[before.length] = keyword;
        if (!mode.equals(PrivilegeModes.EXEC) && path[0] == IosLexer.DO && path.length > 1) {
            mode = PrivilegeModes.EXEC;
            path = Arrays.copyOfRange(path, 1, path.length);
        }
        CommandPrivileges privileges = CommandPrivileges.ifPresent(router);
        if (privileges != null) {
            CommandPrivileges.Entry node = privileges.node(mode, keywordsOf(path));
            if (node != null) {
                return node.level();
            }
        }
        if (mode.equals(PrivilegeModes.EXEC)) {
            if (path.length == 1 && LEVEL_ZERO.contains(path[0])) {
                return 0;
            }
            return LineParser.startsLine(LEVEL_ONE, path) ? 1 : 15;
        }
        return path.length == 1 && ANY_CONFIG_MODE.contains(path[0]) ? 0 : 15;
    }

    /** The keywords of a path in full, lower case as IOS writes them; arguments left out. */
    private static List<String> keywordsOf(int[] path) {
        List<String> keywords = new ArrayList<>(path.length);
        for (int type : path) {
            if (Keywords.isKeyword(type)) {
                keywords.add(Keywords.text(type).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return keywords;
    }

    /** The EXEC mode of a level: {@code >} up to level 1, {@code #} above, as IOS prompts. */
    public static org.looplab.cli.mode.Mode execMode(int level) {
        return level > 1 ? Modes.PRIVILEGED_EXEC : Modes.USER_EXEC;
    }
}
