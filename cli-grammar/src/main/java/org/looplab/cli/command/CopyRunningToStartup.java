package org.looplab.cli.command;

/** {@code copy running-config startup-config}: asks for the destination, then saves as write memory. */
public record CopyRunningToStartup() implements Command {
    @Override
    public void run(CommandContext context) {
        context.ask(new DestinationQuestion());
    }

    /** {@code Destination filename [startup-config]? }: Enter or startup-config saves. */
    static final class DestinationQuestion implements Question {
        @Override
        public String prompt() {
            return "Destination filename [startup-config]? ";
        }

        @Override
        public boolean isSecret() {
            return false;
        }

        @Override
        public void answer(String line, CommandContext context) {
            String answer = line.strip();
            if (answer.isEmpty() || answer.equals("startup-config")) {
                new SaveConfig().run(context);
            } else {
                // Another name is a file on nvram:, which holds only the startup-config.
                context.print("%Error opening nvram:" + answer + " (Permission denied)\n");
            }
        }
    }
}
