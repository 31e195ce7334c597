package org.looplab.cli.show;

import java.util.List;
import org.looplab.discovery.Advertisement;
import org.looplab.discovery.DiscoveredNeighbor;
import org.looplab.discovery.Lldp;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * {@code show lldp}, {@code show lldp neighbors [IF] [detail]}, {@code show lldp interface [IF]} and
 * {@code show lldp traffic} as IOS 15 prints them (checked with ntc-templates' cisco_ios_show_lldp_neighbors
 * [_detail] and their samples: "System Description:" ends the line). A looplab router advertises what an IOSv does: capabilities B,R, R enabled. Until
 * {@code lldp run}: {@code % LLDP is not enabled}.
 */
public final class ShowLldp {
    public static final String NOT_ENABLED = "% LLDP is not enabled\n";
    private static final String SEPARATOR = "------------------------------------------------\n";

    private ShowLldp() {
    }

    private static Lldp running(Router router) {
        Lldp lldp = Lldp.ifPresent(router);
        return lldp != null && lldp.isRunning() ? lldp : null;
    }

    public static String global(Router router) {
        Lldp lldp = running(router);
        if (lldp == null) {
            return NOT_ENABLED;
        }
        return "\nGlobal LLDP Information:\n"
                + "    Status: ACTIVE\n"
                + "    LLDP advertisements are sent every " + lldp.timerSeconds() + " seconds\n"
                + "    LLDP hold time advertised is " + lldp.holdtimeSeconds() + " seconds\n"
                + "    LLDP interface reinitialisation delay is 2 seconds\n";
    }

    public static String table(Router router, Interface only) {
        Lldp lldp = running(router);
        if (lldp == null) {
            return NOT_ENABLED;
        }
        StringBuilder out = new StringBuilder("""
                Capability codes:
                    (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable Device
                    (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other

                Device ID           Local Intf     Hold-time  Capability      Port ID
                """);
        List<DiscoveredNeighbor> shown = lldp.neighbors(only);
        for (DiscoveredNeighbor neighbor : shown) {
            Advertisement heard = neighbor.heard();
            String device = heard.deviceId().length() > 20 ? heard.deviceId().substring(0, 20) : heard.deviceId();
            out.append(String.format("%-20s%-15s%-11d%-16s%s%n", device, neighbor.local().name().shortName(),
                    heard.holdtimeSeconds(), "R", portId(heard)));
        }
        return out.append("\nTotal entries displayed: ").append(shown.size()).append('\n').toString();
    }

    public static String detail(Router router, Interface only) {
        Lldp lldp = running(router);
        if (lldp == null) {
            return NOT_ENABLED;
        }
        long now = router.kernel().now();
        List<DiscoveredNeighbor> shown = lldp.neighbors(only);
        StringBuilder out = new StringBuilder();
        for (DiscoveredNeighbor neighbor : shown) {
            Advertisement heard = neighbor.heard();
            out.append(SEPARATOR)
                    .append("Local Intf: ").append(neighbor.local().name().shortName()).append('\n')
                    .append("Chassis id: ").append(heard.chassisMac()).append('\n')
                    .append("Port id: ").append(portId(heard)).append('\n')
                    .append("Port Description: ").append(heard.portId()).append('\n')
                    .append("System Name: ").append(heard.deviceId()).append("\n\n")
                    .append("System Description:\n").append(heard.softwareDescription()).append("\n\n")
                    .append("Time remaining: ").append(neighbor.secondsLeft(now)).append(" seconds\n")
                    .append("System Capabilities: B,R\n")
                    .append("Enabled Capabilities: R\n");
            if (heard.address() == null) {
                out.append("Management Addresses - not advertised\n");
            } else {
                out.append("Management Addresses:\n    IP: ").append(heard.address()).append('\n');
            }
            out.append("Auto Negotiation - not supported\n")
                    .append("Physical media capabilities - not advertised\n")
                    .append("Media Attachment Unit type - not advertised\n")
                    .append("Vlan ID: - not advertised\n\n");
        }
        return out.append("\nTotal entries displayed: ").append(shown.size()).append('\n').toString();
    }

    public static String interfaces(Router router, Interface only) {
        Lldp lldp = running(router);
        if (lldp == null) {
            return NOT_ENABLED;
        }
        StringBuilder out = new StringBuilder();
        for (Interface port : router.interfaces()) {
            if (!port.name().isPhysicalPort() || (only != null && port != only)) {
                continue;
            }
            boolean tx = lldp.transmitsOn(port.name());
            boolean rx = lldp.receivesOn(port.name());
            out.append('\n').append(port.name().fullName()).append(":\n")
                    .append("    Tx: ").append(tx ? "enabled" : "disabled").append('\n')
                    .append("    Rx: ").append(rx ? "enabled" : "disabled").append('\n')
                    .append("    Tx state: ").append(tx && port.isProtocolUp() ? "IDLE" : "INIT").append('\n')
                    .append("    Rx state: ").append(rx && port.isProtocolUp() ? "WAIT FOR FRAME" : "INIT").append('\n');
        }
        return out.append('\n').toString();
    }

    public static String traffic(Router router) {
        Lldp lldp = running(router);
        if (lldp == null) {
            return NOT_ENABLED;
        }
        return "\nLLDP traffic statistics: \n"
                + "    Total frames out: " + lldp.framesSent() + "\n"
                + "    Total entries aged: " + lldp.entriesAged() + "\n"
                + "    Total frames in: " + lldp.framesReceived() + "\n"
                + "    Total frames received in error: " + lldp.framesInError() + "\n"
                + "    Total frames discarded: " + lldp.framesDiscarded() + "\n"
                + "    Total TLVs discarded: 0\n"
                + "    Total TLVs unrecognized: 0\n";
    }

    /** LLDP's port ID as IOS sends it: the short interface name. */
    private static String portId(Advertisement heard) {
        InterfaceName parsed = InterfaceName.parse(heard.portId());
        return parsed == null ? heard.portId() : parsed.shortName();
    }
}
