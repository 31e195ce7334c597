package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.cli.command.Command;
import org.looplab.cli.command.EnterInterface;
import org.looplab.cli.command.SetShutdown;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Router;

/**
 * Applies a whole configuration text (a startup-config, a pasted config) line by line in configuration
 * mode, in order, through the same parse -> typed command -> apply path as typing. As IOS at boot, a bad
 * line gives a warning and the rest still applies; the indented lines under a line that was refused (a
 * mode we do not know, such as {@code router bgp 65000} for now) are skipped, each with a warning.
 * <p>
 * Real IOS commands we do not model yet ({@code ntp server}, {@code logging console},
 * {@code ip domain-name}, ...) become warnings, not kept text: keeping them would make running-config
 * claim a behaviour the router does not have, and a warning tells the user exactly which lines were
 * ignored. A command becomes real only when the grammar models it, so its {@code show} and {@code no}
 * forms work too. Banners are modelled: their text spans lines and is taken raw, '!' lines included.
 * <p>
 * As at IOS boot, a physical interface the config names is up unless its block says {@code shutdown}
 * (IOS writes no "no shutdown" line).
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Returns warnings "line N: TEXT: MESSAGE". Lines starting with '!' and blank lines are skipped;
     * 'end' ends. Runs on the kernel thread.
     */
    public static List<String> apply(Router router, String configText) {
        CliSession session = CliSession.configuring(router);
        List<String> warnings = new ArrayList<>();
        boolean skippingBlock = false;
        // Physical interfaces named in a config come up unless their block says "shutdown" (IOS boot).
        Map<InterfaceName, Boolean> shutByConfig = new LinkedHashMap<>();
        InterfaceName inBlock = null;
        String[] lines = configText.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String raw = lines[index];
            if (session.awaitsAnswer()) {
                // The lines of a banner's text, as they are: '!' and blank lines belong to the banner.
                session.execute(raw);
                continue;
            }
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("!")) {
                skippingBlock = false;
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (skippingBlock && indented) {
                warnings.add(warning(index, text, "skipped: inside a block that was not accepted"));
                continue;
            }
            skippingBlock = false;
            if (text.equals("end")) {
                break;
            }
            String output = session.execute(text);
            if (session.awaitsAnswer()) {
                // "Enter TEXT message." of a banner whose text goes on over the next lines: not a warning.
                continue;
            }
            if (session.lastLineRejected()) {
                warnings.add(warning(index, text, message(output)));
                skippingBlock = !indented;
            } else if (!output.isBlank()) {
                warnings.add(warning(index, text, message(output)));
            }
            Command command = session.lastCommand();
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
        return warnings;
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
