package org.looplab.cli.show;

import java.util.ArrayList;
import java.util.List;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.vrf.VrfConfig;
import org.looplab.vrf.VrfDefinition;

/**
 * The VRF reports of IOS 15: {@code show vrf} (name, default RD, protocols, interfaces; further interfaces on
 * lines of their own under the first), {@code show ip vrf} (the IPv4 VRFs, without the protocols),
 * {@code show ip vrf interfaces} and the {@code detail} view of either, as ntc-templates parse them.
 */
public final class ShowVrf {
    public enum View { LIST, DETAIL, INTERFACES }

    private static final String NOT_SET = "<not set>";

    private ShowVrf() {
    }

    public static String render(Router router, boolean ipOnly, View view, String name) {
        List<VrfDefinition> shown = new ArrayList<>();
        VrfConfig config = VrfConfig.ifPresent(router);
        if (config != null) {
            for (VrfDefinition vrf : config.all()) {
                if ((!ipOnly || vrf.ipv4()) && (name == null || name.equals(vrf.name()))) {
                    shown.add(vrf);
                }
            }
        }
        if (name != null && shown.isEmpty()) {
            return "% No VRF named " + name + "\n";
        }
        return switch (view) {
            case LIST -> list(router, shown, ipOnly);
            case INTERFACES -> interfaces(router, shown);
            case DETAIL -> detail(router, shown);
        };
    }

    private static String list(Router router, List<VrfDefinition> shown, boolean ipOnly) {
        if (shown.isEmpty()) {
            return "";
        }
        int rdWidth = ipOnly ? 20 : 22;
        StringBuilder out = new StringBuilder();
        out.append("  ").append(pad("Name", 33)).append(pad("Default RD", rdWidth))
                .append(ipOnly ? "" : pad("Protocols", 12)).append("Interfaces\n");
        int interfaceColumn = 2 + 33 + rdWidth + (ipOnly ? 0 : 12);
        for (VrfDefinition vrf : shown) {
            List<String> members = members(router, vrf).stream().map(iface -> iface.name().shortName()).toList();
            String line = "  " + pad(vrf.name(), 33) + pad(rd(vrf), rdWidth)
                    + (ipOnly ? "" : pad(String.join(",", protocols(vrf)), 12))
                    + (members.isEmpty() ? "" : members.get(0));
            out.append(line.stripTrailing()).append('\n');
            for (String member : members.subList(Math.min(1, members.size()), members.size())) {
                out.append(" ".repeat(interfaceColumn)).append(member).append('\n');
            }
        }
        return out.toString();
    }

    private static String interfaces(Router router, List<VrfDefinition> shown) {
        StringBuilder out = new StringBuilder("Interface              IP-Address      VRF                              Protocol\n");
        for (VrfDefinition vrf : shown) {
            for (Interface member : members(router, vrf)) {
                out.append(pad(member.name().shortName(), 23))
                        .append(pad(member.address() == null ? "unassigned" : member.address().address().toString(), 16))
                        .append(pad(vrf.name(), 33)).append(pad(member.isProtocolUp() ? "up" : "down", 8)).append('\n');
            }
        }
        return out.toString();
    }

    private static String detail(Router router, List<VrfDefinition> shown) {
        StringBuilder out = new StringBuilder();
        for (VrfDefinition vrf : shown) {
            boolean old = vrf.style() == VrfDefinition.Style.IP_VRF;
            out.append("VRF ").append(vrf.name()).append(" (VRF Id = ").append(vrf.id()).append("); default RD ")
                    .append(rd(vrf)).append("; default VPNID <not set>\n");
            if (vrf.description() != null) {
                out.append("  Description: ").append(vrf.description()).append('\n');
            }
            out.append(old ? "  Old CLI format, supports IPv4 only\n" : "  New CLI format, supports multiple address-families\n");
            int flags = (old ? 0x8 : 0x1808) | (vrf.routeDistinguisher() != null ? 0x4 : 0);
            out.append("  Flags: 0x").append(Integer.toHexString(flags).toUpperCase()).append('\n');
            List<Interface> members = members(router, vrf);
            if (members.isEmpty()) {
                out.append("  No interfaces\n");
            } else {
                out.append("  Interfaces:\n");
                for (int i = 0; i < members.size(); i += 3) {
                    StringBuilder row = new StringBuilder("   ");
                    for (Interface member : members.subList(i, Math.min(i + 3, members.size()))) {
                        row.append(' ').append(pad(member.name().shortName(), 24));
                    }
                    out.append(row).append('\n');
                }
            }
            for (String family : List.of("ipv4", "ipv6")) {
                boolean active = family.equals("ipv4") ? vrf.ipv4() : vrf.addressFamilies().contains(family);
                if (!active) {
                    out.append("Address family ").append(family).append(" unicast not active\n");
                    continue;
                }
                long table = family.equals("ipv4") ? vrf.id() : 0x1E000000L + vrf.id();
                out.append("Address family ").append(family).append(" unicast (Table ID = 0x")
                        .append(Long.toHexString(table).toUpperCase()).append("):\n  Flags: 0x0\n");
                String scope = old ? null : family;
                routeTargets(out, vrf, old ? null : scope, "export", "Export");
                routeTargets(out, vrf, old ? null : scope, "import", "Import");
                out.append("  No import route-map\n  No global export route-map\n  No export route-map\n");
                out.append("  VRF label distribution protocol: not configured\n  VRF label allocation mode: per-prefix\n");
            }
            out.append("Address family ipv4 multicast not active\nAddress family ipv6 multicast not active\n\n");
        }
        return out.toString();
    }

    /** The route targets of one direction: the VRF's own lines and those of the address family. */
    private static void routeTargets(StringBuilder out, VrfDefinition vrf, String family, String direction,
                                     String title) {
        List<String> values = new ArrayList<>();
        for (VrfDefinition.RouteTarget target : vrf.routeTargets()) {
            boolean applies = target.family() == null || target.family().equals(family);
            if (applies && target.direction().equals(direction) && !values.contains(target.value())) {
                values.add(target.value());
            }
        }
        if (values.isEmpty()) {
            out.append("  No ").append(title).append(" VPN route-target communities\n");
            return;
        }
        out.append("  ").append(title).append(" VPN route-target communities\n");
        for (String value : values) {
            out.append("    ").append(pad("RT:" + value, 24)).append('\n');
        }
    }

    private static List<Interface> members(Router router, VrfDefinition vrf) {
        return router.interfaces().stream().filter(iface -> vrf.name().equals(iface.vrf())).toList();
    }

    private static List<String> protocols(VrfDefinition vrf) {
        List<String> protocols = new ArrayList<>();
        if (vrf.ipv4()) {
            protocols.add("ipv4");
        }
        if (vrf.addressFamilies().contains("ipv6")) {
            protocols.add("ipv6");
        }
        return protocols;
    }

    private static String rd(VrfDefinition vrf) {
        return vrf.routeDistinguisher() == null ? NOT_SET : vrf.routeDistinguisher();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
