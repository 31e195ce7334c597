package org.looplab.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.looplab.bgp.Bgp;
import org.looplab.cli.config.BgpKeptLines;
import org.looplab.cli.config.InertSettings;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.TunnelMode;

/**
 * {@code show looplab unmodelled}: the kept lines whose feature looplab does not simulate, the interfaces
 * kept without their function (Port-channels, Vlans, multipoint GRE tunnels), and BGP's kept lines (IPv6
 * neighbours, {@code address-family ipv6} and {@code vpnv4}, redistribution from RIP or EIGRP).
 */
public record ShowUnmodelled() implements Command {
    @Override
    public void run(CommandContext context) {
        List<String> notes = new ArrayList<>(context.router().interfaces().stream()
                .filter(iface -> iface.name().isUnsimulatedVirtual() || isMultipoint(iface)).map(ShowUnmodelled::note).toList());
        notes.addAll(keptBgpLines(context));
        notes.addAll(unsimulatedOspfRedistributions(context));
        context.print(InertSettings.of(context.router()).unmodelledReport(notes));
    }

    /** BGP's kept lines: no IPv6 is simulated, no VPNv4 session is negotiated (no MPLS data plane). */
    private static List<String> keptBgpLines(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        if (!bgp.isRunning()) {
            return List.of();
        }
        String process = "router bgp " + bgp.config().asNumber();
        BgpKeptLines kept = BgpKeptLines.of(context.router());
        List<String> notes = new ArrayList<>(kept.neighborLines().stream().map(line -> process + ": " + line).toList());
        notes.addAll(unsimulatedRedistributions(process, bgp));
        for (Bgp vrf : bgp.vrfs()) {
            notes.addAll(unsimulatedRedistributions(process + " address-family ipv4 vrf " + vrf.config().vrf(), vrf));
        }
        for (String family : BgpKeptLines.FAMILIES) {
            String block = process + " address-family " + family;
            if (kept.entered(family) && kept.lines(family).isEmpty()) {
                notes.add(block);
            }
            kept.lines(family).forEach(line -> notes.add(block + ": " + line));
        }
        return notes;
    }

    /** {@code redistribute rip | eigrp N}: kept, and nothing to redistribute (RIP and EIGRP are not simulated). */
    private static List<String> unsimulatedRedistributions(String block, Bgp bgp) {
        return bgp.config().redistributions().stream().filter(line -> !line.source().simulated())
                .map(line -> block + ": redistribute " + line.source().name().toLowerCase(java.util.Locale.ROOT)
                        + (line.processId() == 0 ? "" : " " + line.processId()))
                .toList();
    }

    /** OSPF's {@code redistribute rip | eigrp N}: kept, and nothing to redistribute. */
    private static List<String> unsimulatedOspfRedistributions(CommandContext context) {
        List<String> notes = new ArrayList<>();
        for (OspfProcess process : context.router().ospf().processes()) {
            process.redistributions().stream().filter(line -> !line.source().simulated())
                    .forEach(line -> notes.add("router ospf " + process.processId() + ": redistribute "
                            + line.source().keyword() + (line.processId() == 0 ? "" : " " + line.processId())));
        }
        return notes;
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
