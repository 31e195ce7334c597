package org.looplab.cli.command;

import org.looplab.config.Banners;

/** {@code no banner motd|login|exec|incoming|prompt-timeout|slip-ppp}. */
public record RemoveBanner(Banners.Kind kind) implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().banners().remove(kind);
    }
}
