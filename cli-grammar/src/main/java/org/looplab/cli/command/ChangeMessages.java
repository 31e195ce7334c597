package org.looplab.cli.command;

/** The BGP and policy models answer a change with null or the text IOS prints; this prints it. */
final class ChangeMessages {
    private ChangeMessages() {
    }

    static void print(CommandContext context, String message) {
        if (message != null) {
            context.print(message + "\n");
        }
    }
}
