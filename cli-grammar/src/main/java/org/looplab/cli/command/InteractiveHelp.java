package org.looplab.cli.command;

/** What IOS's {@code help} EXEC command prints, word for word (IOS 15, also in user EXEC at level 0). */
final class InteractiveHelp {
    static final String TEXT = """
            Help may be requested at any point in a command by entering
            a question mark '?'.  If nothing matches, the help list will
            be empty and you must backup until entering a '?' shows the
            available options.
            Two styles of help are provided:
            1. Full help is available when you are ready to enter a
               command argument (e.g. 'show ?') and describes each possible
               argument.
            2. Partial help is provided when an abbreviated argument is entered
               and you want to know what arguments match the input
               (e.g. 'show pr?'.)

            """;

    private InteractiveHelp() {
    }
}
