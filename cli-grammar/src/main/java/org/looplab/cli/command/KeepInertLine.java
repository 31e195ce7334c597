package org.looplab.cli.command;

import org.looplab.cli.config.InertSettings;

/**
 * A line IOS accepts that looplab keeps without behaviour ({@code ntp server ...}, {@code duplex auto}):
 * global when {@code inInterface} is false, else a line of the current interface. A {@code no} form
 * removes the line it negates, or is kept itself when there is none ({@code no ip domain lookup}).
 */
public record KeepInertLine(String text, boolean inInterface) implements Command {
    @Override
    public void run(CommandContext context) {
        InertSettings settings = InertSettings.of(context.router());
        if (inInterface) {
            settings.keepInterfaceLine(context.currentInterface().name(), text);
        } else {
            settings.keepGlobalLine(text);
        }
    }
}
