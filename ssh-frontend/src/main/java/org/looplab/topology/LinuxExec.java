package org.looplab.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * What the {@code exec} lines of a containerlab {@code linux} node set up, read the way iproute2 reads
 * them: an address per port ({@code ip addr add 10.0.1.2/24 dev eth1}), routes ({@code ip route add|replace
 * default via 10.0.1.1}, {@code ip route add 10.0.0.0/8 via 10.0.1.1}), ports brought up ({@code ip link set
 * eth1 up}) and IP forwarding ({@code sysctl -w net.ipv4.ip_forward=1}; off by default, as on Linux). The
 * host is simulated by the data plane as a node with those addresses and routes: it answers ping and ARP,
 * and the lab console pings and traceroutes from it. Any other exec line (package installs, daemons,
 * {@code tc}, IPv6) is not run: it is listed, with the reason, in the start report.
 */
public final class LinuxExec {
    private static final Pattern ADDR = Pattern.compile(
            "ip\\s+(?:-4\\s+)?(?:a|addr|address)\\s+(?:add|replace)\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)/(\\d{1,2}|\\d+\\.\\d+\\.\\d+\\.\\d+)"
                    + "(?:\\s+brd\\s+\\S+)?\\s+dev\\s+(\\S+)");
    private static final Pattern ROUTE = Pattern.compile(
            "ip\\s+(?:-4\\s+)?(?:r|ro|route)\\s+(add|replace|change)\\s+(default|\\d+\\.\\d+\\.\\d+\\.\\d+(?:/\\d{1,2})?)"
                    + "(?:\\s+via\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+))?(?:\\s+dev\\s+(\\S+))?(?:\\s+metric\\s+\\d+)?");
    private static final Pattern ROUTE_DELETE = Pattern.compile(
            "ip\\s+(?:-4\\s+)?(?:r|ro|route)\\s+(?:del|delete)\\s+(default|\\d+\\.\\d+\\.\\d+\\.\\d+(?:/\\d{1,2})?)(?:\\s.*)?");
    /** net-tools' route (busybox has it): {@code route add default gw GW [dev] [ethN]}, {@code route add -net N netmask M gw GW}. */
    private static final Pattern NET_TOOLS_ROUTE = Pattern.compile(
            "route\\s+add\\s+(?:(default)|-net\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)\\s+netmask\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+))"
                    + "\\s+gw\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)(?:\\s+(?:dev\\s+)?(\\S+))?");
    private static final Pattern LINK_UP = Pattern.compile("ip\\s+(?:l|link)\\s+set\\s+(?:dev\\s+)?(\\S+)\\s+up");
    private static final Pattern FORWARDING = Pattern.compile(
            "(?:sysctl\\s+(?:-w\\s+)?net\\.ipv4\\.(?:ip_forward|conf\\.all\\.forwarding)\\s*=\\s*(\\d)"
                    + "|echo\\s+(\\d)\\s*>\\s*/proc/sys/net/ipv4/ip_forward)");
    private static final Pattern ETH = Pattern.compile("eth(\\d{1,2})");

    /** Port -> address/length, in the order given. */
    private final Map<String, String> addresses = new LinkedHashMap<>();
    /** Destination prefix (A.B.C.D/L) -> "via GW" or "dev PORT" text, in the order given. */
    private final Map<String, String[]> routes = new LinkedHashMap<>();
    private final List<String> portsUp = new ArrayList<>();
    private final List<String> notRun = new ArrayList<>();
    private boolean forwarding;

    private LinuxExec() {
    }

    /** Reads a node's exec lines. */
    public static LinuxExec of(List<String> execLines) {
        LinuxExec exec = new LinuxExec();
        for (String line : execLines) {
            exec.read(line);
        }
        return exec;
    }

    private void read(String raw) {
        String line = raw.trim().replaceFirst("^sudo\\s+", "").replaceAll("\\s+", " ");
        Matcher m;
        if ((m = NET_TOOLS_ROUTE.matcher(line)).matches()) {
            line = "ip route add " + (m.group(1) != null ? "default" : m.group(2) + "/" + maskLength(m.group(3)))
                    + " via " + m.group(4) + (m.group(5) != null ? " dev " + m.group(5) : "");
        }
        if ((m = ADDR.matcher(line)).matches()) {
            int length = m.group(2).contains(".") ? maskLength(m.group(2)) : Integer.parseInt(m.group(2));
            if (port(m.group(3)) == null) {
                notRun.add(raw.trim() + "  (only ports eth0 to eth15 are simulated)");
            } else if (addresses.containsKey(m.group(3))) {
                notRun.add(raw.trim() + "  (a second address on a port is not simulated)");
            } else if (length < 0 || length > 32) {
                notRun.add(raw.trim() + "  (not a prefix length)");
            } else {
                addresses.put(m.group(3), m.group(1) + "/" + length);
            }
        } else if ((m = ROUTE.matcher(line)).matches() && (m.group(3) != null || m.group(4) != null)) {
            if (m.group(4) != null && port(m.group(4)) == null) {
                notRun.add(raw.trim() + "  (only ports eth0 to eth15 are simulated)");
                return;
            }
            String prefix = prefix(m.group(2));
            if (m.group(1).equals("add") && routes.containsKey(prefix)) {
                notRun.add(raw.trim() + "  (RTNETLINK answers: File exists)");
                return;
            }
            routes.put(prefix, new String[] {m.group(3), m.group(4)});
        } else if ((m = ROUTE_DELETE.matcher(line)).matches()) {
            // The management network's default route, which containerlab labs delete first, does not exist here.
            routes.remove(prefix(m.group(1)));
        } else if ((m = LINK_UP.matcher(line)).matches() && port(m.group(1)) != null) {
            portsUp.add(m.group(1));
        } else if ((m = FORWARDING.matcher(line)).matches()) {
            forwarding = "1".equals(m.group(1) != null ? m.group(1) : m.group(2));
        } else {
            notRun.add(raw.trim());
        }
    }

    /** The prefix length of a dotted netmask (255.255.255.0: 24), as iproute2 takes one after '/'; -1 if not one. */
    static int maskLength(String dotted) {
        Ipv4Address mask = Ipv4Address.parse(dotted);
        return mask == null ? -1 : Ipv4Prefix.lengthOfMask(mask);
    }

    private static String prefix(String text) {
        if (text.equals("default")) {
            return "0.0.0.0/0";
        }
        return text.contains("/") ? text : text + "/32";
    }

    /** The simulated port of a Linux interface name ({@code eth1}: GigabitEthernet0/1 inside), or null. */
    static String port(String linuxName) {
        Matcher eth = ETH.matcher(linuxName);
        return eth.matches() && Integer.parseInt(eth.group(1)) < 16 ? "GigabitEthernet0/" + eth.group(1) : null;
    }

    /** True when {@code net.ipv4.ip_forward} was set to 1: the host routes between its ports. */
    public boolean forwarding() {
        return forwarding;
    }

    /** The exec lines that are not run, each with its reason when there is one. */
    public List<String> notRun() {
        return List.copyOf(notRun);
    }

    /** One line for the start report: the host's addresses and routes, as {@code ip} would list them. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        addresses.forEach((port, address) -> parts.add(port + " " + address));
        routes.forEach((prefix, via) -> parts.add((prefix.equals("0.0.0.0/0") ? "default" : prefix)
                + (via[0] != null ? " via " + via[0] : "") + (via[1] != null ? " dev " + via[1] : "")));
        if (forwarding) {
            parts.add("ip_forward=1");
        }
        return parts.isEmpty() ? "no address (its exec lines configure none)" : String.join(", ", parts);
    }

    /**
     * The host as the simulated node's configuration: each addressed or raised port up with its address,
     * each route a static route (a gateway, or the port for an on-link route).
     */
    public String config() {
        StringBuilder text = new StringBuilder();
        List<String> ports = new ArrayList<>(addresses.keySet());
        portsUp.stream().filter(p -> !ports.contains(p)).forEach(ports::add);
        for (String linuxPort : ports) {
            text.append("interface ").append(port(linuxPort)).append('\n');
            String address = addresses.get(linuxPort);
            if (address != null) {
                String[] parts = address.split("/");
                text.append(" ip address ").append(parts[0]).append(' ').append(mask(Integer.parseInt(parts[1])))
                        .append('\n');
            }
            text.append(" no shutdown\n");
        }
        routes.forEach((prefix, via) -> {
            String[] parts = prefix.split("/");
            text.append("ip route ").append(parts[0]).append(' ').append(mask(Integer.parseInt(parts[1])));
            if (via[1] != null) {
                text.append(' ').append(port(via[1]));
            }
            if (via[0] != null) {
                text.append(' ').append(via[0]);
            }
            text.append('\n');
        });
        return text.toString();
    }

    private static String mask(int length) {
        long bits = length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
