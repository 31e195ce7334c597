package org.looplab.cli.files;

import java.util.function.BiConsumer;
import org.looplab.cli.command.CommandContext;
import org.looplab.cli.command.Confirmation;
import org.looplab.cli.command.Question;
import org.looplab.files.Flash;

/** A question of a file command; Enter takes the default shown in brackets, as IOS does. */
public record Prompt(String prompt, BiConsumer<String, CommandContext> then) implements Question {
    @Override
    public boolean isSecret() {
        return false;
    }

    @Override
    public void answer(String line, CommandContext context) {
        then.accept(line.strip(), context);
    }

    /** {@code QUESTION [DEFAULT]? }: the answer, or the default on Enter; not asked with file prompt quiet. */
    static void filename(CommandContext context, String question, String preset, BiConsumer<String, CommandContext> then) {
        if (Flash.of(context.router()).prompting() == Flash.Prompting.QUIET) {
            then.accept(preset, context);
            return;
        }
        context.ask(new Prompt(question + " [" + preset + "]? ",
                (answer, ctx) -> then.accept(answer.isEmpty() ? preset : answer, ctx)));
    }

    /**
     * {@code TEXT[confirm]} after the lines of {@code warning}: Enter or y goes on, anything else ends the
     * command; neither is printed with file prompt quiet.
     */
    static void confirm(CommandContext context, String warning, String text, Runnable then) {
        if (Flash.of(context.router()).prompting() == Flash.Prompting.QUIET) {
            then.run();
            return;
        }
        context.print(warning);
        confirmAlways(context, text, then);
    }

    /** {@code TEXT[confirm]}, asked whatever file prompt says: Enter or y goes on, anything else ends the command. */
    static void confirmAlways(CommandContext context, String text, Runnable then) {
        context.ask(new Confirmation(text + "[confirm]", confirmed -> then.run()));
    }
}
