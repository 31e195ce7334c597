package org.looplab.vrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One VRF's configuration as IOS 15 keeps it: how it was defined ({@code vrf definition NAME}, the
 * multi-address-family form, or the older {@code ip vrf NAME}, IPv4 only), its description, its route
 * distinguisher, the address families of a {@code vrf definition}, the route-target lines and the
 * {@code import map} (BGP imports between the router's VRFs by them: org.looplab.bgp.VrfImport). Its routing
 * table lives in the router (Router.rib(vrf)).
 */
public final class VrfDefinition {
    /** IOS's two ways of defining a VRF; an interface joins each with its own command. */
    public enum Style {
        /** {@code vrf definition NAME}: joined by {@code vrf forwarding NAME}. */
        DEFINITION,
        /** {@code ip vrf NAME}: joined by {@code ip vrf forwarding NAME}. */
        IP_VRF
    }

    private final String name;
    private final Style style;
    private final int id;
    private String description;
    private String routeDistinguisher;
    /** "ipv4", "ipv6" of a vrf definition's address-family blocks. */
    private final Set<String> addressFamilies = new TreeSet<>();
    private final List<RouteTarget> routeTargets = new ArrayList<>();
    /** {@code import map NAME}, by family (null: an ip vrf's own line). */
    private final java.util.Map<String, String> importMaps = new java.util.HashMap<>();

    /**
     * A {@code route-target export|import ASN:NN} line of the VRF ({@code family} null) or of one of its
     * address families; IOS writes {@code both} as an export and an import line.
     */
    public record RouteTarget(String family, String direction, String value) {
    }

    VrfDefinition(String name, Style style, int id) {
        this.name = name;
        this.style = style;
        this.id = id;
    }

    /** IOS's VRF Id: 1 for the first VRF defined, then in order of definition. */
    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Style style() {
        return style;
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The route distinguisher ({@code rd 65000:1}), or null when not set. */
    public String routeDistinguisher() {
        return routeDistinguisher;
    }

    public void setRouteDistinguisher(String routeDistinguisher) {
        this.routeDistinguisher = routeDistinguisher;
    }

    /** True when the VRF forwards IPv4: an {@code ip vrf}, or a definition with {@code address-family ipv4}. */
    public boolean ipv4() {
        return style == Style.IP_VRF || addressFamilies.contains("ipv4");
    }

    public Set<String> addressFamilies() {
        return java.util.Collections.unmodifiableSet(addressFamilies);
    }

    public void addAddressFamily(String family) {
        addressFamilies.add(family);
    }

    public void removeAddressFamily(String family) {
        addressFamilies.remove(family);
    }

    /** The route-target lines, in the order they were entered. */
    public List<RouteTarget> routeTargets() {
        return java.util.Collections.unmodifiableList(routeTargets);
    }

    public void addRouteTarget(RouteTarget target) {
        if (!routeTargets.contains(target)) {
            routeTargets.add(target);
        }
    }

    public void removeRouteTarget(RouteTarget target) {
        routeTargets.remove(target);
    }

    /** The {@code import map} route-map of a family (null: the VRF's own line), or null. */
    public String importMap(String family) {
        return importMaps.get(family);
    }

    /** {@code [no] import map NAME}: null removes it. */
    public void setImportMap(String family, String routeMap) {
        if (routeMap == null) {
            importMaps.remove(family);
        } else {
            importMaps.put(family, routeMap);
        }
    }
}
