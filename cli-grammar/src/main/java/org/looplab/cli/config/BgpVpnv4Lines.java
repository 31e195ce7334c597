package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.List;
import org.looplab.router.Router;

/**
 * The {@code address-family vpnv4} block of {@code router bgp}, kept as written without behaviour: looplab
 * has no MPLS data plane, so no VPNv4 session is negotiated and no VPNv4 route is exchanged. Running-config
 * writes the block back between {@code address-family ipv4} and the VRFs' blocks, as IOS, and {@code show looplab unmodelled} lists its lines.
 */
public final class BgpVpnv4Lines {
    private boolean entered;
    private final List<String> lines = new ArrayList<>();

    public static BgpVpnv4Lines of(Router router) {
        return router.attachment(BgpVpnv4Lines.class, r -> new BgpVpnv4Lines());
    }

    /** {@code address-family vpnv4}: the block exists from now on, even empty. */
    public void enter() {
        entered = true;
    }

    /** {@code no address-family vpnv4}, or {@code no router bgp}: the block and its lines go. */
    public void remove() {
        entered = false;
        lines.clear();
    }

    public boolean entered() {
        return entered;
    }

    /** A line of the block ({@code neighbor A activate}); its {@code no} form ({@code add} false) removes it. */
    public void keep(String line, boolean add) {
        lines.remove(line);
        if (add) {
            lines.add(line);
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The block as running-config writes it, or "" when it was never entered. */
    String block() {
        if (!entered) {
            return "";
        }
        StringBuilder out = new StringBuilder(" !\n address-family vpnv4\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.append(" exit-address-family\n").toString();
    }
}
