package org.looplab.cli.command;

import java.util.List;
import org.looplab.cli.config.InertSettings;
import org.looplab.router.Interface;

/**
 * {@code show looplab unmodelled}: the kept lines whose feature looplab does not simulate, and the
 * interfaces kept without their function (Port-channels, Vlans).
 */
public record ShowUnmodelled() implements Command {
    @Override
    public void run(CommandContext context) {
        List<String> interfaces = context.router().interfaces().stream()
                .filter(iface -> iface.name().isUnsimulatedVirtual()).map(ShowUnmodelled::note).toList();
        context.print(InertSettings.of(context.router()).unmodelledReport(interfaces));
    }

    private static String note(Interface iface) {
        return "interface " + iface.name().fullName() + ": kept down, "
                + (iface.name().type() == org.looplab.router.InterfaceName.Type.VLAN
                        ? "no switching is simulated" : "no members are bundled");
    }
}
