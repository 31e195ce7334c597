package org.looplab.cli.command;

import org.looplab.cli.config.InertSettings;

/**
 * {@code version 15.9} in a saved config: a record of the release that wrote it. It changes no behaviour;
 * running-config writes it back as written (15.9, looplab's IOSv release, when no config said).
 */
public record ConfigVersion(String release) implements Command {
    @Override
    public void run(CommandContext context) {
        InertSettings.of(context.router()).setVersion(release);
    }
}
