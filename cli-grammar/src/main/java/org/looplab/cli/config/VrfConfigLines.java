package org.looplab.cli.config;

import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.vrf.VrfConfig;
import org.looplab.vrf.VrfDefinition;

/**
 * The VRF blocks of the running configuration, after the boot markers as IOS 15 writes them (description,
 * rd, route-targets, then each address family of a {@code vrf definition} between "!" and
 * {@code exit-address-family}), and an interface's {@code [ip] vrf forwarding} line in the form its VRF takes.
 */
final class VrfConfigLines {
    private VrfConfigLines() {
    }

    static String render(Router router) {
        VrfConfig config = VrfConfig.ifPresent(router);
        if (config == null || config.all().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (VrfDefinition vrf : config.all()) {
            boolean definition = vrf.style() == VrfDefinition.Style.DEFINITION;
            out.append(definition ? "vrf definition " : "ip vrf ").append(vrf.name()).append('\n');
            if (vrf.description() != null) {
                out.append(" description ").append(vrf.description()).append('\n');
            }
            if (vrf.routeDistinguisher() != null) {
                out.append(" rd ").append(vrf.routeDistinguisher()).append('\n');
            }
            routeTargets(vrf, null, " ", out);
            for (String family : vrf.addressFamilies()) {
                out.append(" !\n address-family ").append(family).append('\n');
                routeTargets(vrf, family, "  ", out);
                out.append(" exit-address-family\n");
            }
            out.append("!\n");
        }
        return out.toString();
    }

    /** IOS writes a family's (or an ip vrf's) import map before its route-targets. */
    private static void routeTargets(VrfDefinition vrf, String family, String indent, StringBuilder out) {
        if (vrf.importMap(family) != null) {
            out.append(indent).append("import map ").append(vrf.importMap(family)).append('\n');
        }
        for (String direction : new String[] {"export", "import"}) {
            for (VrfDefinition.RouteTarget target : vrf.routeTargets()) {
                if (java.util.Objects.equals(target.family(), family) && target.direction().equals(direction)) {
                    out.append(indent).append("route-target ").append(direction).append(' ').append(target.value())
                            .append('\n');
                }
            }
        }
    }

    /** " vrf forwarding NAME\n" or " ip vrf forwarding NAME\n" for an interface in a VRF, else "". */
    static String interfaceLine(Interface iface) {
        if (iface.vrf() == null) {
            return "";
        }
        VrfConfig config = VrfConfig.ifPresent(iface.router());
        VrfDefinition vrf = config == null ? null : config.get(iface.vrf());
        boolean ipVrf = vrf != null && vrf.style() == VrfDefinition.Style.IP_VRF;
        return (ipVrf ? " ip vrf forwarding " : " vrf forwarding ") + iface.vrf() + "\n";
    }
}
