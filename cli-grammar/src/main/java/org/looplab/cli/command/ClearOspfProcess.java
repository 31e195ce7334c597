package org.looplab.cli.command;

import java.util.Locale;
import org.looplab.ospf.OspfProcess;

/**
 * {@code clear ip ospf [N] process}: IOS asks {@code Reset ALL OSPF processes? [no]:} (or {@code Reset
 * OSPF process N? [no]:}); only y or yes resets, Enter keeps them. A reset takes every adjacency down
 * and chooses the router id again.
 */
public record ClearOspfProcess(Integer processId) implements Command {
    @Override
    public void run(CommandContext context) {
        context.ask(new Question() {
            @Override
            public String prompt() {
                return (processId == null ? "Reset ALL OSPF processes" : "Reset OSPF process " + processId) + "? [no]: ";
            }

            @Override
            public boolean isSecret() {
                return false;
            }

            @Override
            public void answer(String line, CommandContext later) {
                String answer = line.strip().toLowerCase(Locale.ROOT);
                if (!answer.equals("y") && !answer.equals("yes")) {
                    return;
                }
                for (OspfProcess process : later.router().ospf().processes()) {
                    if (processId == null || process.processId() == processId) {
                        process.clear();
                    }
                }
            }
        });
    }
}
