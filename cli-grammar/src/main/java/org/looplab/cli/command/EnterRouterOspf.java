package org.looplab.cli.command;

/** {@code router ospf N}: starts the process if it is new and enters config-router mode for it. */
public record EnterRouterOspf(int processId) implements Command {
    @Override
    public void run(CommandContext context) {
        var ospf = context.router().ospf();
        String refused = ospf.addProcess(processId);
        if (refused != null) {
            context.print(refused + "\n");
            return;
        }
        context.enterRouterOspf(ospf.process(processId));
    }
}
