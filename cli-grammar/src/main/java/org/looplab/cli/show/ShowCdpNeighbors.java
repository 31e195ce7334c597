package org.looplab.cli.show;

import java.util.List;
import java.util.Locale;
import org.looplab.discovery.Advertisement;
import org.looplab.discovery.Cdp;
import org.looplab.discovery.DiscoveredNeighbor;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * {@code show cdp neighbors [IF] [detail]} and {@code show cdp entry NAME|*} as IOS 15 prints them (checked
 * with ntc-templates' cisco_ios_show_cdp_neighbors[_detail]). Every looplab router advertises what an
 * IOSv does: platform "Cisco IOSv", capabilities Router and Source-Route-Bridge.
 */
public final class ShowCdpNeighbors {
    private static final String HEADER = """
            Capability Codes: R - Router, T - Trans Bridge, B - Source Route Bridge
                              S - Switch, H - Host, I - IGMP, r - Repeater, P - Phone,
                              D - Remote, C - CVTA, M - Two-port Mac Relay

            Device ID        Local Intrfce     Holdtme    Capability  Platform  Port ID
            """;
    private static final String CAPABILITY_CODES = "R B";
    private static final String CAPABILITIES = "Router Source-Route-Bridge";

    private ShowCdpNeighbors() {
    }

    /** The one-line-per-neighbour table, of one local interface or all (null). */
    public static String table(Router router, Interface only) {
        Cdp cdp = ShowCdp.running(router);
        if (cdp == null) {
            return ShowCdp.NOT_ENABLED;
        }
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder(HEADER);
        List<DiscoveredNeighbor> shown = cdp.neighbors(only);
        for (DiscoveredNeighbor neighbor : shown) {
            Advertisement heard = neighbor.heard();
            String deviceId = heard.deviceId();
            // A Device ID longer than its column goes on a line of its own.
            StringBuilder row = new StringBuilder(deviceId.length() > 16 ? deviceId + "\n" + " ".repeat(17) : pad(deviceId, 17));
            int start = row.length() - 17;
            row.append(pad(abbreviated(neighbor.local().name()), 18)).append(neighbor.secondsLeft(now));
            // IOS centres the codes: one letter starts at column 53, each more one column earlier.
            int letters = (CAPABILITY_CODES.length() + 1) / 2;
            padTo(row, start + 54 - letters).append(CAPABILITY_CODES);
            padTo(row, start + 58).append(pad(briefPlatform(heard.platform()), 10)).append(abbreviatedPort(heard.portId()));
            out.append(row).append('\n');
        }
        return out.append("\nTotal cdp entries displayed : ").append(shown.size()).append('\n').toString();
    }

    /** {@code show cdp neighbors [IF] detail}: every entry in full, then the total. */
    public static String detail(Router router, Interface only) {
        Cdp cdp = ShowCdp.running(router);
        if (cdp == null) {
            return ShowCdp.NOT_ENABLED;
        }
        List<DiscoveredNeighbor> shown = cdp.neighbors(only);
        StringBuilder out = new StringBuilder();
        shown.forEach(neighbor -> out.append(entry(neighbor, router.kernel().now())));
        return out.append("\n\nTotal cdp entries displayed : ").append(shown.size()).append('\n').toString();
    }

    /** {@code show cdp entry NAME} ({@code *}: every one), without a total; nothing for an unknown name. */
    public static String entries(Router router, String name) {
        Cdp cdp = ShowCdp.running(router);
        if (cdp == null) {
            return ShowCdp.NOT_ENABLED;
        }
        StringBuilder out = new StringBuilder();
        for (DiscoveredNeighbor neighbor : cdp.neighbors()) {
            if (name.equals("*") || neighbor.heard().deviceId().equals(name)) {
                out.append(entry(neighbor, router.kernel().now()));
            }
        }
        return out.toString();
    }

    private static String entry(DiscoveredNeighbor neighbor, long now) {
        Advertisement heard = neighbor.heard();
        String address = heard.address() == null ? "" : "  IP address: " + heard.address() + "\n";
        return "-------------------------\n"
                + "Device ID: " + heard.deviceId() + "\n"
                + "Entry address(es): \n" + address
                + "Platform: " + heard.platform() + ",  Capabilities: " + CAPABILITIES + " \n"
                + "Interface: " + neighbor.local().name().fullName() + ",  Port ID (outgoing port): " + heard.portId() + "\n"
                + "Holdtime : " + neighbor.secondsLeft(now) + " sec\n"
                + "\n"
                + "Version :\n"
                + heard.softwareDescription() + "\n"
                + "\n"
                + "advertisement version: 2\n"
                + "Duplex: " + heard.duplex().keyword() + "\n"
                + "Management address(es): \n" + address
                + "\n";
    }

    /** CDP's short interface name: three letters of the type, a space, the number ({@code Gig 0/0}). */
    static String abbreviated(InterfaceName name) {
        String full = name.fullName();
        String type = name.type().fullName();
        return type.substring(0, Math.min(3, type.length())) + " " + full.substring(type.length());
    }

    private static String abbreviatedPort(String portId) {
        InterfaceName parsed = InterfaceName.parse(portId);
        return parsed == null ? portId : abbreviated(parsed);
    }

    /** The table's platform: without a leading "Cisco ", cut to its column. */
    private static String briefPlatform(String platform) {
        String brief = platform.toLowerCase(Locale.ROOT).startsWith("cisco ") ? platform.substring(6) : platform;
        return brief.length() > 9 ? brief.substring(0, 9) : brief;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static StringBuilder padTo(StringBuilder row, int column) {
        row.append(" ".repeat(Math.max(1, column - row.length())));
        return row;
    }
}
