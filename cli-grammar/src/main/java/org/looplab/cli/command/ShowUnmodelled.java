package org.looplab.cli.command;

import java.util.List;
import org.looplab.cli.config.InertSettings;
import org.looplab.router.Interface;

/**
 * {@code show looplab unmodelled}: the kept lines whose feature looplab does not simulate, the interfaces
 * kept without their function (Port-channels, Vlans), and BGP's {@code address-family vpnv4} lines.
 */
public record ShowUnmodelled() implements Command {
    @Override
    public void run(CommandContext context) {
        List<String> notes = new java.util.ArrayList<>(context.router().interfaces().stream()
                .filter(iface -> iface.name().isUnsimulatedVirtual()).map(ShowUnmodelled::note).toList());
        notes.addAll(vpnv4Lines(context));
        context.print(InertSettings.of(context.router()).unmodelledReport(notes));
    }

    /** The kept {@code address-family vpnv4} lines: no VPNv4 session is negotiated (no MPLS data plane). */
    private static List<String> vpnv4Lines(CommandContext context) {
        org.looplab.bgp.Bgp bgp = org.looplab.bgp.Bgp.of(context.router());
        if (!bgp.isRunning()) {
            return List.of();
        }
        String block = "router bgp " + bgp.config().asNumber() + " address-family vpnv4";
        org.looplab.cli.config.BgpVpnv4Lines kept = org.looplab.cli.config.BgpVpnv4Lines.of(context.router());
        if (kept.entered() && kept.lines().isEmpty()) {
            return List.of(block);
        }
        return kept.lines().stream().map(line -> block + ": " + line).toList();
    }

    private static String note(Interface iface) {
        return "interface " + iface.name().fullName() + ": kept down, "
                + (iface.name().type() == org.looplab.router.InterfaceName.Type.VLAN
                        ? "no switching is simulated" : "no members are bundled");
    }
}
