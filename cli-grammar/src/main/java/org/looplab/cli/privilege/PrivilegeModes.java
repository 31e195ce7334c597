package org.looplab.cli.privilege;

import java.util.List;
import java.util.Map;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.mode.Modes;
import org.looplab.cli.parse.StartRule;

/**
 * The command modes a {@code privilege MODE ...} line names, as IOS spells them, with the start rules
 * their commands are read with. Modes not named here keep IOS's default levels.
 */
public final class PrivilegeModes {
    public static final String EXEC = "exec";
    /** The mode of the lines no privilege line can name. */
    static final String OTHER = "";

    private static final Map<String, List<Mode>> MODES = Map.of(
            EXEC, List.of(Modes.PRIVILEGED_EXEC),
            "configure", List.of(Modes.CONFIG),
            "interface", List.of(Modes.INTERFACE),
            "line", List.of(Modes.LINE),
            "router", List.of(Modes.ROUTER_OSPF, Modes.ROUTER_BGP),
            "route-map", List.of(Modes.ROUTE_MAP));

    /** In the order IOS writes their privilege lines: sub-modes, then configure, then exec. */
    public static final List<String> WRITE_ORDER = List.of("interface", "line", "router", "route-map", "configure", EXEC);

    private PrivilegeModes() {
    }

    /** The start rules a mode's commands are read with, first the one to try first. */
    public static List<StartRule> rules(String mode) {
        return MODES.get(mode).stream().map(Mode::startRule).toList();
    }

    /**
     * The start rules of the lines inside a running-config block opened by {@code header}: the modes
     * {@code privilege} names are those of the commands that enter them ({@code interface}, {@code line},
     * {@code router}, {@code route-map}); none for another block, whose lines keep level 15.
     */
    public static List<StartRule> ofBlock(String header) {
        String command = header.split(" ", 2)[0];
        if (command.equals(EXEC) || command.equals("configure") || !MODES.containsKey(command)) {
            return List.of();
        }
        return rules(command);
    }

    /** The privilege mode of a start rule; user and privileged EXEC are both {@code exec}. */
    static String of(StartRule rule) {
        if (rule == Modes.USER_EXEC.startRule()) {
            return EXEC;
        }
        for (Map.Entry<String, List<Mode>> entry : MODES.entrySet()) {
            for (Mode mode : entry.getValue()) {
                if (mode.startRule() == rule) {
                    return entry.getKey();
                }
            }
        }
        return OTHER;
    }
}
