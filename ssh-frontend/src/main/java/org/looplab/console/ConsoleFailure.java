package org.looplab.console;

import java.util.List;

/**
 * Whether a console answer refuses the line or reports that it failed, for an exec request's exit
 * status: the console's refusals all begin with one of these words (its own wording, as IOS's begin with
 * {@code %}).
 */
final class ConsoleFailure {
    private static final List<String> STARTS = List.of("usage: ", "error: ", "unknown command ", "no router ",
            "no link at ", "no linux host ", "cannot write ", "% ", "this console has no timeline");

    private ConsoleFailure() {
    }

    static boolean reported(String answer) {
        return answer.lines().anyMatch(line -> STARTS.stream().anyMatch(line::startsWith)
                || line.startsWith("'") && line.endsWith("is not ROUTER:INTERFACE (for example r1:Gi0/0)"));
    }
}
