package org.looplab.cli.command;

/**
 * {@code router ospf N [vrf NAME]}: starts the process if it is new (in that VRF) and enters config-router
 * mode for it; without a VRF an existing process is entered whatever its VRF, as IOS does.
 */
public record EnterRouterOspf(int processId, String vrf) implements Command {
    public EnterRouterOspf(int processId) {
        this(processId, null);
    }

    @Override
    public void run(CommandContext context) {
        var ospf = context.router().ospf();
        String refused = vrf == null ? ospf.addProcess(processId) : ospf.addProcess(processId, vrf);
        if (refused != null) {
            context.print(refused + "\n");
            return;
        }
        context.enterRouterOspf(ospf.process(processId));
    }
}
