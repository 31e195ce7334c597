package org.looplab.cli.command;

import java.util.List;
import org.looplab.cli.config.InertSettings;
import org.looplab.router.Interface;
import org.looplab.router.TunnelMode;

/**
 * {@code show looplab unmodelled}: the kept lines whose feature looplab does not simulate, and the
 * interfaces kept without their function (Port-channels, Vlans, multipoint GRE tunnels).
 */
public record ShowUnmodelled() implements Command {
    @Override
    public void run(CommandContext context) {
        List<String> interfaces = context.router().interfaces().stream()
                .filter(iface -> iface.name().isUnsimulatedVirtual() || isMultipoint(iface)).map(ShowUnmodelled::note).toList();
        context.print(InertSettings.of(context.router()).unmodelledReport(interfaces));
    }

    private static boolean isMultipoint(Interface iface) {
        return iface.isTunnel() && iface.tunnel().mode() == TunnelMode.GRE_MULTIPOINT;
    }

    private static String note(Interface iface) {
        if (isMultipoint(iface)) {
            return "interface " + iface.name().fullName() + ": tunnel mode gre multipoint, kept down: no NHRP is simulated";
        }
        return "interface " + iface.name().fullName() + ": kept down, "
                + (iface.name().type() == org.looplab.router.InterfaceName.Type.VLAN
                        ? "no switching is simulated" : "no members are bundled");
    }
}
