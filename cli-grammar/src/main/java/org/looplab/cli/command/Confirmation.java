package org.looplab.cli.command;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * IOS's {@code [confirm]} question: Enter, {@code y} or {@code yes} goes ahead, anything else leaves things
 * as they were. On a terminal one key answers ({@link #takesOneKey}); a script's line answers the same.
 */
public record Confirmation(String prompt, Consumer<CommandContext> action) implements Question {
    @Override
    public boolean isSecret() {
        return false;
    }

    @Override
    public boolean takesOneKey() {
        return true;
    }

    @Override
    public void answer(String line, CommandContext context) {
        String answer = line.strip().toLowerCase(Locale.ROOT);
        if (answer.isEmpty() || answer.equals("y") || answer.equals("yes")) {
            action.accept(context);
        }
    }
}
