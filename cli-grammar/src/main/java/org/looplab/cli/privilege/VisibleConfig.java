package org.looplab.cli.privilege;

import java.util.List;
import org.looplab.cli.mode.Modes;
import org.looplab.cli.parse.LineParser;
import org.looplab.cli.parse.ParseResult;
import org.looplab.cli.parse.StartRule;
import org.looplab.router.Router;

/**
 * What {@code show running-config} shows below privilege level 15: as IOS, only the configuration
 * commands the level may use (Cisco, "IOS Privilege Levels Cannot See Complete Running Configuration"),
 * so a level with no configuration command sees little more than the {@code !} separators and
 * {@code end}. A top-level line is shown when it reads in configuration mode at that level; an indented
 * line when its block line is shown and it reads at that level in the block's mode. A block whose mode
 * no {@code privilege} line can name keeps level 15 for its lines.
 */
public final class VisibleConfig {
    private VisibleConfig() {
    }

    /** The lines of {@code config} (running-config text) a session at {@code level} may configure. */
    public static String of(Router router, int level, String config) {
        if (level >= 15) {
            return config;
        }
        LineParser parser = new LineParser();
        parser.setGate(new CommandLevels(router, () -> level));
        StringBuilder out = new StringBuilder();
        List<StartRule> blockRules = List.of();
        boolean blockShown = false;
        String bannerEnd = null;
        boolean bannerShown = false;
        for (String line : config.split("\n", -1)) {
            if (bannerEnd != null) {
                // Banner text is not a command: it goes with its banner line.
                if (bannerShown) {
                    out.append(line).append('\n');
                }
                if (line.endsWith(bannerEnd)) {
                    bannerEnd = null;
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            boolean indented = line.startsWith(" ");
            String text = line.strip();
            boolean shown;
            if (text.startsWith("!") || text.equals("end")) {
                shown = !indented || blockShown;
            } else if (line.startsWith("  ")) {
                shown = false; // a mode inside a block (address-family): none a privilege line names
            } else if (indented) {
                shown = blockShown && readsInAny(parser, text, blockRules);
            } else {
                shown = reads(parser, text, Modes.CONFIG.startRule());
                blockShown = shown;
                blockRules = PrivilegeModes.ofBlock(text);
            }
            if (shown) {
                out.append(line).append('\n');
            }
            if (!indented && text.startsWith("banner ") && text.indexOf("^C") == text.lastIndexOf("^C")) {
                bannerEnd = "^C";
                bannerShown = shown;
            }
        }
        return out.toString();
    }

    private static boolean readsInAny(LineParser parser, String text, List<StartRule> rules) {
        for (StartRule rule : rules) {
            if (reads(parser, text, rule)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reads(LineParser parser, String text, StartRule rule) {
        return parser.parse(text, rule) instanceof ParseResult.Parsed;
    }
}
