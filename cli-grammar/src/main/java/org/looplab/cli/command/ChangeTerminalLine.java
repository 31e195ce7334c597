package org.looplab.cli.command;

import java.util.function.Consumer;
import org.looplab.config.TerminalLine;

/** A setting of the line being configured ({@code login local}, {@code no exec-timeout}, ...). */
public record ChangeTerminalLine(String setting, Consumer<TerminalLine> change) implements Command {
    @Override
    public void run(CommandContext context) {
        if (context.currentLine() != null) {
            change.accept(context.currentLine());
        }
    }
}
