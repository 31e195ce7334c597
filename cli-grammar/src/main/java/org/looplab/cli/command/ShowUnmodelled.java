package org.looplab.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.looplab.bgp.Bgp;
import org.looplab.cli.config.BgpVpnv4Lines;
import org.looplab.cli.config.InertSettings;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.TunnelMode;

/**
 * {@code show looplab unmodelled}: the kept lines whose feature looplab does not simulate, the interfaces
 * kept without their function (Port-channels, Vlans, multipoint GRE tunnels), and BGP's
 * {@code address-family vpnv4} lines.
 */
public record ShowUnmodelled() implements Command {
    @Override
    public void run(CommandContext context) {
        List<String> notes = new ArrayList<>(context.router().interfaces().stream()
                .filter(iface -> iface.name().isUnsimulatedVirtual() || isMultipoint(iface)).map(ShowUnmodelled::note).toList());
        notes.addAll(vpnv4Lines(context));
        context.print(InertSettings.of(context.router()).unmodelledReport(notes));
    }

    /** The kept {@code address-family vpnv4} lines: no VPNv4 session is negotiated (no MPLS data plane). */
    private static List<String> vpnv4Lines(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        if (!bgp.isRunning()) {
            return List.of();
        }
        String block = "router bgp " + bgp.config().asNumber() + " address-family vpnv4";
        BgpVpnv4Lines kept = BgpVpnv4Lines.of(context.router());
        if (kept.entered() && kept.lines().isEmpty()) {
            return List.of(block);
        }
        return kept.lines().stream().map(line -> block + ": " + line).toList();
    }

    private static boolean isMultipoint(Interface iface) {
        return iface.isTunnel() && iface.tunnel().mode() == TunnelMode.GRE_MULTIPOINT;
    }

    private static String note(Interface iface) {
        if (isMultipoint(iface)) {
            return "interface " + iface.name().fullName() + ": tunnel mode gre multipoint, kept down: no NHRP is simulated";
        }
        return "interface " + iface.name().fullName() + ": kept down, "
                + (iface.name().type() == InterfaceName.Type.VLAN
                        ? "no switching is simulated" : "no members are bundled");
    }
}
