package org.looplab.cli.command;

import org.looplab.cli.config.InertSettings;

/** {@code show looplab unmodelled}: the kept lines whose feature looplab does not simulate. */
public record ShowUnmodelled() implements Command {
    @Override
    public void run(CommandContext context) {
        context.print(InertSettings.of(context.router()).unmodelledReport());
    }
}
