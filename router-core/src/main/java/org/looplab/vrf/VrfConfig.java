package org.looplab.vrf;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * A router's VRFs as configured ({@code vrf definition NAME}, {@code ip vrf NAME}) and the interfaces'
 * membership rules: which command joins a VRF of which style, and IOS's messages when the rules are
 * broken. The tables themselves are the router's (Router.defineVrf). Kernel thread only.
 */
public final class VrfConfig {
    private final Router router;
    private final Map<String, VrfDefinition> definitions = new TreeMap<>();
    private int lastId;

    private VrfConfig(Router router) {
        this.router = router;
    }

    public static VrfConfig of(Router router) {
        return router.attachment(VrfConfig.class, VrfConfig::new);
    }

    /** The router's VRFs, or null when none was ever defined. */
    public static VrfConfig ifPresent(Router router) {
        return router.attachmentIfPresent(VrfConfig.class);
    }

    /**
     * {@code vrf definition NAME} or {@code ip vrf NAME}: the VRF (created with its table on first use).
     * A name already defined the other way is refused with IOS's message (null VRF, message returned
     * through {@link #styleRefusal}).
     */
    public VrfDefinition define(String name, VrfDefinition.Style style) {
        VrfDefinition existing = definitions.get(name);
        if (existing != null) {
            return existing.style() == style ? existing : null;
        }
        VrfDefinition created = new VrfDefinition(name, style, ++lastId);
        definitions.put(name, created);
        router.defineVrf(name);
        return created;
    }

    /** IOS's refusal of the {@code style} command for an existing VRF defined the other way, or null. */
    public String styleRefusal(String name, VrfDefinition.Style style) {
        VrfDefinition existing = definitions.get(name);
        if (existing == null || existing.style() == style) {
            return null;
        }
        return existing.style() == VrfDefinition.Style.DEFINITION
                ? "% Use 'vrf definition' command for VRF '" + name + "'"
                : "% Use 'ip vrf' command for VRF '" + name + "'";
    }

    public VrfDefinition get(String name) {
        return definitions.get(name);
    }

    public Collection<VrfDefinition> all() {
        return Collections.unmodifiableCollection(definitions.values());
    }

    /**
     * {@code no vrf definition NAME} / {@code no ip vrf NAME}: the VRF, its table and its static routes go;
     * its interfaces return to the global table without addresses. IOS's note (or its refusal) is returned.
     */
    public String remove(String name, VrfDefinition.Style style) {
        VrfDefinition existing = definitions.get(name);
        if (existing == null) {
            return "% No VRF named " + name;
        }
        String refused = styleRefusal(name, style);
        if (refused != null) {
            return refused;
        }
        boolean hadMembers = router.interfaces().stream().anyMatch(iface -> name.equals(iface.vrf()));
        org.looplab.bgp.Bgp bgp = router.attachmentIfPresent(org.looplab.bgp.Bgp.class);
        if (bgp != null && bgp.isRunning()) {
            bgp.removeVrf(name); // its address family goes with it, sessions and routes
        }
        router.removeVrf(name); // its interfaces leave it, without their addresses
        definitions.remove(name);
        if (!hadMembers) {
            return null;
        }
        return style == VrfDefinition.Style.DEFINITION
                ? "% IPv4 and IPv6 addresses from all interfaces in VRF " + name + " have been removed"
                : "% IP addresses from all interfaces in VRF " + name + " have been removed";
    }

    /**
     * {@code vrf forwarding NAME} ({@code ipVrf} false) or {@code ip vrf forwarding NAME} on {@code target}:
     * the interface moves to that VRF; returns IOS's message (the address removed, or the refusal), or null.
     */
    public String join(Interface target, String name, boolean ipVrf) {
        VrfDefinition vrf = definitions.get(name);
        if (vrf == null) {
            return router.vrfRefusal(name);
        }
        if (ipVrf && vrf.style() == VrfDefinition.Style.DEFINITION) {
            return "% Use 'vrf forwarding' command for VRF '" + name + "'";
        }
        if (!ipVrf && vrf.style() == VrfDefinition.Style.IP_VRF) {
            return "% Use 'ip vrf forwarding' command for VRF '" + name + "'";
        }
        return router.setVrf(target, name);
    }

    /** {@code no [ip] vrf forwarding [NAME]}: back to the global table; IOS's message or null. */
    public String leave(Interface target, String name) {
        if (target.vrf() == null) {
            return null;
        }
        if (name != null && !name.equals(target.vrf())) {
            return "% VRF " + name + " not configured on this interface.";
        }
        return router.setVrf(target, null);
    }

    /**
     * IOS's refusal of an IPv4 address on an interface whose VRF has no IPv4 address family, or null:
     * {@code vrf definition} without {@code address-family ipv4}.
     */
    public static String addressRefusal(Router router, Interface target) {
        VrfConfig config = ifPresent(router);
        VrfDefinition vrf = config == null || target.vrf() == null ? null : config.get(target.vrf());
        if (vrf == null || vrf.ipv4()) {
            return null;
        }
        return "% Interface " + target.name().fullName() + " is linked to a VRF. Enable IPv4 on that VRF first.";
    }
}
