package org.looplab.cli.command;

import java.util.Locale;
import java.util.function.Consumer;

/** A question IOS ends in {@code [confirm]}: Enter or y does it, any other answer leaves things as they were. */
record Confirmation(String prompt, Consumer<CommandContext> confirmed) implements Question {
    @Override
    public boolean isSecret() {
        return false;
    }

    @Override
    public void answer(String line, CommandContext context) {
        String answer = line.strip().toLowerCase(Locale.ROOT);
        if (answer.isEmpty() || answer.equals("y") || answer.equals("yes")) {
            confirmed.accept(context);
        }
    }
}
