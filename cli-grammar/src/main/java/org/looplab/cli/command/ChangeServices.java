package org.looplab.cli.command;

import java.util.function.Consumer;
import org.looplab.config.DeviceServices;

/** A {@code service} line or its {@code no} form. */
public record ChangeServices(String setting, Consumer<DeviceServices> change) implements Command {
    @Override
    public void run(CommandContext context) {
        change.accept(context.router().services());
    }
}
