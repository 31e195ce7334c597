package org.looplab.cli.command;

import java.util.regex.Pattern;
import org.looplab.config.TerminalSafeText;

/**
 * {@code hostname WORD}. IOS's rule: a letter first, a letter or digit last, letters, digits and hyphens
 * between, 63 characters at most. Otherwise IOS prints "% Hostname contains one or more illegal
 * characters." and, as real routers do (the prompt changes all the same), still takes the name; a name
 * with control characters is refused, so that no prompt carries a control sequence to a terminal.
 */
public record SetHostname(String hostname) implements Command {
    public static final String ILLEGAL = "% Hostname contains one or more illegal characters.";
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    @Override
    public void run(CommandContext context) {
        if (!LEGAL.matcher(hostname).matches()) {
            context.print(ILLEGAL + "\n");
            if (TerminalSafeText.hasControlCharacters(hostname)) {
                return;
            }
        }
        context.router().setHostname(hostname);
    }
}
