package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.EnterInterface;
import org.looplab.cli.command.KeepInertLine;
import org.looplab.cli.command.SetShutdown;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * Applies a whole configuration text (a startup-config, a pasted config) line by line in configuration
 * mode, in order, through the same parse -> typed command -> apply path as typing. As IOS at boot, a bad
 * line gives a warning and the rest still applies; the indented lines under a line that was refused (a
 * mode we do not know, such as {@code router bgp 65000} for now) are skipped, each with a warning.
 * <p>
 * Lines IOS accepts that looplab does not simulate ({@code ntp server}, {@code snmp-server}, access-lists,
 * EIGRP) and the everyday lines without behaviour in a lab ({@code ip cef}, boot markers) are parsed by
 * their heads and kept ({@link InertSettings}), with the indented lines of their blocks: running-config
 * writes them back and {@code show looplab unmodelled} names the first kind. A refused line that opens
 * a block takes the block with it, indented or flat (up to the next "!"), so none of its lines lands on
 * the interface or process before it. Banners are modelled: their text spans lines and is taken raw.
 * <p>
 * As at IOS boot, a physical interface the config names is up unless its block says {@code shutdown}
 * (IOS writes no "no shutdown" line).
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * What loading a configuration did, line by line: {@code applied} lines are simulated, {@code kept}
     * lines are settings without behaviour (InertSettings: everyday lines and unmodelled features, with
     * their blocks), {@code refused} lines got an IOS error (or were inside a refused block) and are
     * listed in {@code warnings} as "line N: TEXT: MESSAGE". Comments, blank lines, banner text and the
     * {@code Building configuration...} header are not counted.
     */
    public record Report(int applied, int kept, int refused, List<String> warnings) {
        public int lines() {
            return applied + kept + refused;
        }
    }

    /** Block openers: a refused one takes its block with it, flat or indented. */
    private static final List<String> BLOCK_OPENERS = List.of("interface ", "router ", "line ", "controller ",
            "vrf ", "ip vrf ", "ip access-list ", "ipv6 access-list ", "crypto ", "class-map ", "policy-map ",
            "control-plane", "key chain ", "redundancy", "archive", "dial-peer ", "route-map ", "ip dhcp pool ",
            "ip sla ", "track ", "object-group ", "address-family ", "voice ", "event manager ");

    /**
     * Returns warnings "line N: TEXT: MESSAGE". Lines starting with '!' and blank lines are skipped;
     * 'end' ends. Runs on the kernel thread, as one batch: static routes are evaluated once, at the end.
     */
    public static List<String> apply(Router router, String configText) {
        return load(router, configText).warnings();
    }

    /**
     * Applies a configuration and says what became of each line. Runs on the kernel thread, as one batch:
     * static routes are evaluated once, at the end.
     */
    public static Report load(Router router, String configText) {
        return router.configureInBatch(() -> loadLines(router, configText));
    }

    private static Report loadLines(Router router, String configText) {
        CliSession session = CliSession.configuring(router);
        List<String> warnings = new ArrayList<>();
        int applied = 0;
        int kept = 0;
        boolean skippingBlock = false;
        // After a refused block opener, lines at the margin belong to it too until "!" or the next block.
        boolean flatSkip = false;
        // The block of a kept line (router eigrp 1, ip access-list ...): its indented lines are kept with it.
        InertSettings.Entry inertBlock = null;
        // A kept block opener typed flat (crypto pki trustpoint, call-home, event manager applet, as a console
        // paste has them): as in IOS's submode, the next lines that are not global commands are its own,
        // until a global line is accepted or a "!" follows its lines; null when none.
        InertSettings.Entry flatInertBlock = null;
        // Physical interfaces named in a config come up unless their block says "shutdown" (IOS boot).
        Map<InterfaceName, Boolean> shutByConfig = new LinkedHashMap<>();
        InterfaceName inBlock = null;
        // The indentation of a refused line inside a block (address-family ipv4 vrf X in router bgp): the lines
        // indented deeper are its own block and must not land on the block around it; -1 when none.
        int refusedNestedIndent = -1;
        String[] lines = configText.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String raw = lines[index];
            if (session.awaitsAnswer()) {
                // The lines of a banner's text, as they are: '!' and blank lines belong to the banner.
                session.execute(raw);
                continue;
            }
            String text = raw.strip();
            if (inertBlock != null && text.equals("!") && Character.isWhitespace(raw.charAt(0))) {
                // " !" inside a kept block (router eigrp's before its address-family) does not close it.
                InertSettings.of(router).keepBlockLine(inertBlock, raw.substring(1).stripTrailing());
                continue;
            }
            if (text.isEmpty() || text.startsWith("!") || text.equals("Building configuration...")
                    || text.startsWith("Current configuration :")) {
                skippingBlock = false;
                flatSkip = false;
                inertBlock = null;
                if (flatInertBlock != null && !flatInertBlock.block().isEmpty()) {
                    // A "!" after the block's lines ends it: a line refused after it gets its caret.
                    flatInertBlock = null;
                }
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            int indent = raw.length() - raw.stripLeading().length();
            if (refusedNestedIndent >= 0 && (indent > refusedNestedIndent
                    || indent == refusedNestedIndent && text.toLowerCase(java.util.Locale.ROOT).startsWith("exit-"))) {
                // exit-address-family and its like close the refused block at its own indentation.
                warnings.add(warning(index, text, "skipped: inside a block that was not accepted"));
                continue;
            }
            refusedNestedIndent = -1;
            if (skippingBlock && indented) {
                warnings.add(warning(index, text, "skipped: inside a block that was not accepted"));
                continue;
            }
            if (inertBlock != null && indented) {
                if (text.equalsIgnoreCase("exit")) {
                    // Leaves the kept block's submode, as in IOS; running-config does not write it.
                    inertBlock = null;
                    flatInertBlock = null;
                    applied++;
                    continue;
                }
                // Kept with its indentation beyond the block's first level (a certificate's hex, "  active").
                InertSettings.of(router).keepBlockLine(inertBlock, raw.substring(1).stripTrailing());
                kept++;
                continue;
            }
            inertBlock = null;
            if (text.equals("end")) {
                break;
            }
            if (skippingBlock && flatSkip && !opensBlock(text)) {
                // A flat config: a refused block's lines come at the margin too, up to the next "!" or block.
                warnings.add(warning(index, text, "skipped: inside a block that was not accepted"));
                continue;
            }
            flatSkip = false;
            Mode modeBefore = session.mode();
            String output = session.execute(text);
            if (session.awaitsAnswer()) {
                // "Enter TEXT message." of a banner whose text goes on over the next lines: not a warning.
                applied++;
                continue;
            }
            if (session.lastLineRejected() && flatInertBlock != null && !indented) {
                // Not a global command: a line of the kept block's submode, written at the margin.
                InertSettings.of(router).keepBlockLine(flatInertBlock, text);
                kept++;
                inertBlock = flatInertBlock;
                continue;
            }
            flatInertBlock = null;
            if (session.lastLineRejected()) {
                warnings.add(warning(index, text, message(output)));
                if (!indented && opensBlock(text)) {
                    // Nothing of its block may land on the interface or process before it.
                    skippingBlock = true;
                    flatSkip = true;
                    session.execute("end");
                } else {
                    skippingBlock = !indented;
                    refusedNestedIndent = indented ? indent : -1;
                }
            } else {
                skippingBlock = false;
                if (!output.isBlank()) {
                    warnings.add(warning(index, text, message(output)));
                    if (output.strip().startsWith("%") && session.mode().equals(modeBefore)) {
                        // A block opener that parsed but was refused (address-family ipv4 vrf X of a VRF that
                        // does not exist): its lines must not land on the block around it either.
                        if (indented) {
                            refusedNestedIndent = indent;
                        } else if (opensBlock(text)) {
                            skippingBlock = true;
                            flatSkip = true;
                        }
                    }
                }
            }
            Command command = session.lastCommand();
            if (command instanceof KeepInertLine keep) {
                kept++;
                inertBlock = keep.inInterface() ? null : InertSettings.of(router).lastKept();
                flatInertBlock = inertBlock != null && !indented && opensKeptBlock(text) ? inertBlock : null;
            } else if (command != null && output.isBlank()) {
                applied++;
            }
            if (command instanceof EnterInterface entered) {
                inBlock = entered.name().isLoopback() ? null : entered.name();
                if (inBlock != null) {
                    shutByConfig.putIfAbsent(inBlock, false);
                }
            } else if (command instanceof SetShutdown shutdown && inBlock != null) {
                shutByConfig.put(inBlock, shutdown.shutdown());
            }
            if (!session.mode().isConfiguration()) {
                // "exit" at the top of a config file leaves nothing: the rest is still configuration.
                session.execute("configure terminal");
            }
        }
        router.markAddressesFromStartupConfig();
        shutByConfig.forEach((name, shut) -> {
            Interface physical = router.interfaceNamed(name);
            if (!shut && physical != null) {
                router.setShutdown(physical, false);
            }
        });
        int refused = (int) warnings.stream().map(w -> w.substring(0, w.indexOf(':'))).distinct().count();
        return new Report(applied, kept, refused, List.copyOf(warnings));
    }

    private static boolean opensBlock(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String opener : BLOCK_OPENERS) {
            if (lower.startsWith(opener) || lower.equals(opener.strip())) {
                return true;
            }
        }
        return lower.startsWith("int ") || lower.matches("int[a-z]*\\s.*");
    }

    /** A kept line that opens a submode of its own (call-home has no argument to tell it by). */
    private static boolean opensKeptBlock(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return opensBlock(text) || lower.equals("call-home");
    }

    private static String warning(int index, String text, String message) {
        return "line " + (index + 1) + ": " + text + ": " + message;
    }

    /** The printed lines without the caret line, joined into one. */
    private static String message(String output) {
        List<String> parts = new ArrayList<>();
        for (String line : output.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.equals("^")) {
                parts.add(stripped);
            }
        }
        return String.join(" ", parts);
    }

}
