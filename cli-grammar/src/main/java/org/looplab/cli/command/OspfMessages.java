package org.looplab.cli.command;

/** The OSPF model answers a change with null or the text IOS prints (a refusal or a notice). */
final class OspfMessages {
    private OspfMessages() {
    }

    static void print(CommandContext context, String message) {
        if (message != null) {
            context.print(message + "\n");
        }
    }
}
