package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * The lines a router keeps without behaviour, in the order they came: the everyday lines every IOS config
 * carries and a lab has no use for ({@code ip cef}, {@code boot-start-marker}, {@code no aaa new-model},
 * {@code duplex auto}), and the lines of features looplab does not simulate ({@code ntp server},
 * {@code snmp-server}, {@code crypto}, access-lists, EIGRP), with the indented lines of their blocks.
 * Running-config writes them back where IOS writes them ({@link Place}); {@code show looplab unmodelled}
 * lists the second kind. The {@code version} line is kept as written.
 */
public final class InertSettings {
    /** Where running-config writes a kept global line, in IOS 15's order. */
    public enum Place {
        /** After hostname: boot-start-marker, boot ..., boot-end-marker. */
        BOOT,
        /** After the enable secret, before the usernames: aaa, clock, mmi, ip cef, ip domain, ipv6, multilink, crypto pki... */
        BEFORE_USERS,
        /** After the usernames, before the interfaces: redundancy, archive, spanning-tree, class-map... */
        AFTER_USERS,
        /** After the routing processes, before the static routes: ip forward-protocol, ip http. */
        BEFORE_STATIC_ROUTES,
        /** After the static routes: ip ssh, access-lists, logging, snmp-server, control-plane... */
        AFTER_STATIC_ROUTES,
        /** After the line blocks: ntp, event manager. */
        LAST
    }

    /** A kept global line and the indented lines of its block. */
    public record Entry(String line, List<String> block, Place place, boolean everyday) {
    }

    /** Heads of lines that every config carries and that have no behaviour in a lab; not "unmodelled". */
    private static final List<String> EVERYDAY = List.of("ip cef", "no ip cef", "ipv6 cef", "ip forward-protocol nd",
            "boot-start-marker", "boot-end-marker", "boot ", "control-plane", "no aaa new-model",
            "multilink bundle-name authenticated", "no ip http server", "no ip http secure-server",
            "ip http server", "ip http secure-server", "redundancy", "mmi ", "no mmi ", "no scheduler allocate",
            "ipv6 unicast-routing", "no ip domain lookup", "no ip domain-lookup", "ip domain lookup",
            "ip domain name ", "ip domain-name ", "ip classless",
            "ip subnet-zero", "no ip source-route", "ip ssh version 2", "no ip bootp server", "license udi ",
            "memory-size iomem ", "no ip icmp rate-limit unreachable", "ip tcp synwait-time ",
            "ip auth-proxy max-login-attempts ", "ip admission max-login-attempts ", "no service pad",
            "service tcp-keepalives-in", "service tcp-keepalives-out", "no service config",
            "no ip finger", "no ip gratuitous-arps");
    private static final Set<String> EVERYDAY_INTERFACE = Set.of("duplex", "speed", "negotiation", "media-type",
            "no mop", "no ip route-cache", "no ip mroute-cache", "no keepalive", "keepalive", "no cdp",
            "no ip redirects", "no ip unreachables", "no ip proxy-arp", "load-interval", "no lldp",
            "ip virtual-reassembly", "no ip virtual-reassembly");

    /** Kept global lines by their text, in the order they came (a line typed again moves to the end). */
    private final Map<String, Entry> global = new LinkedHashMap<>();
    private final Map<InterfaceName, List<String>> byInterface = new LinkedHashMap<>();
    private String version;
    private Entry lastKept;

    private InertSettings() {
    }

    /** The router's kept lines (created empty on first use). */
    public static InertSettings of(Router router) {
        return router.attachment(InertSettings.class, r -> new InertSettings());
    }

    /** The router's kept lines, or null when it has none yet. */
    public static InertSettings ifPresent(Router router) {
        return router.attachmentIfPresent(InertSettings.class);
    }

    /** The {@code version} line as the config wrote it, or null. */
    public String version() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    /** Keeps a global line; its {@code no} form (or its positive form) replaces the other. */
    public Entry keepGlobalLine(String typed) {
        String line = ios15Form(typed);
        String opposite = line.startsWith("no ") ? line.substring(3) : "no " + line;
        boolean negated = global.remove(opposite) != null;
        global.remove(line);
        if (line.startsWith("no ") && negated) {
            lastKept = null;
            return null; // "no ntp server X" removes the kept line and is not kept itself
        }
        Entry entry = new Entry(line, new ArrayList<>(), placeOf(line), isEveryday(line));
        global.put(line, entry);
        lastKept = entry;
        return entry;
    }

    /** Forgets a kept global line (a modelled line replaced it); nothing when it is not kept. */
    public void forgetGlobalLine(String line) {
        global.remove(ios15Form(line));
    }

    /** IOS 15 writes {@code [no] ip domain-lookup} as {@code [no] ip domain lookup}. */
    private static String ios15Form(String line) {
        return line.equals("ip domain-lookup") || line.equals("no ip domain-lookup")
                ? line.replace("domain-lookup", "domain lookup") : line;
    }

    /** False after {@code no ip domain lookup}: names are then looked up in the host table only. */
    public boolean domainLookup() {
        return !global.containsKey("no ip domain lookup");
    }

    /** The global line kept last (a block's head), or null when the last one removed a line. */
    public Entry lastKept() {
        return lastKept;
    }

    /** Adds an indented line to the block of the last kept global line (a startup-config's block). */
    public void keepBlockLine(Entry owner, String line) {
        owner.block().add(line);
    }

    public void keepInterfaceLine(InterfaceName name, String line) {
        List<String> lines = byInterface.computeIfAbsent(name, n -> new ArrayList<>());
        String opposite = line.startsWith("no ") ? line.substring(3) : "no " + line;
        boolean negated = lines.removeIf(kept -> kept.equals(opposite));
        lines.removeIf(kept -> kept.equals(line));
        if (!(line.startsWith("no ") && negated)) {
            lines.add(line);
        }
    }

    /** The kept lines of one interface, in order. */
    public List<String> interfaceLines(InterfaceName name) {
        return byInterface.getOrDefault(name, List.of());
    }

    /** Running-config text of the kept global lines of one place, each block's lines indented by one space. */
    public String render(Place place) {
        return render(place, "");
    }

    /**
     * As {@link #render(Place)}, with {@code modelled} (lines of a modelled setting IOS writes among these:
     * {@code ip domain name}) after the {@code ip domain lookup} line, or last.
     */
    public String render(Place place, String modelled) {
        StringBuilder out = new StringBuilder();
        boolean placed = modelled.isEmpty();
        for (Entry entry : global.values()) {
            if (entry.place() == place) {
                out.append(entry.line()).append('\n');
                for (String line : entry.block()) {
                    out.append(' ').append(line).append('\n');
                }
                if (!placed && entry.line().endsWith("ip domain lookup")) {
                    out.append(modelled);
                    placed = true;
                }
            }
        }
        if (!placed) {
            out.append(modelled);
        }
        if (out.length() > 0 && place != Place.BOOT) {
            out.append("!\n");
        }
        return out.toString();
    }

    /** The answer of {@code show looplab unmodelled}, after {@code interfaces}: notes on interfaces kept without their function. */
    public String unmodelledReport(List<String> interfaces) {
        List<String> lines = new ArrayList<>(interfaces);
        for (Entry entry : global.values()) {
            if (!entry.everyday()) {
                lines.add(entry.line() + (entry.block().isEmpty() ? "" : "  (+" + entry.block().size() + " lines)"));
            }
        }
        byInterface.forEach((name, kept) -> kept.stream().filter(line -> !isEverydayInterfaceLine(line))
                .forEach(line -> lines.add("interface " + name.fullName() + ": " + line)));
        StringBuilder out = new StringBuilder();
        if (lines.isEmpty()) {
            return "Every configuration line of this router is simulated.\n";
        }
        out.append("Accepted and kept in running-config, not simulated by looplab:\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append(lines.size()).append(lines.size() == 1 ? " line\n" : " lines\n");
        return out.toString();
    }

    /** The number of kept lines that looplab does not simulate (blocks count their lines). */
    public int unmodelledCount() {
        int count = 0;
        for (Entry entry : global.values()) {
            if (!entry.everyday()) {
                count += 1 + entry.block().size();
            }
        }
        for (List<String> kept : byInterface.values()) {
            count += (int) kept.stream().filter(line -> !isEverydayInterfaceLine(line)).count();
        }
        return count;
    }

    static boolean isEveryday(String line) {
        for (String head : EVERYDAY) {
            if (head.endsWith(" ") ? line.startsWith(head) : line.equals(head)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEverydayInterfaceLine(String line) {
        for (String head : EVERYDAY_INTERFACE) {
            if (line.equals(head) || line.startsWith(head + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Place placeOf(String line) {
        String head = line.startsWith("no ") ? line.substring(3) : line;
        if (head.startsWith("boot")) {
            return Place.BOOT;
        }
        if (head.startsWith("ip forward-protocol") || head.startsWith("ip http")) {
            return Place.BEFORE_STATIC_ROUTES;
        }
        if (head.startsWith("ntp ") || head.startsWith("event ") || head.startsWith("kron ")) {
            return Place.LAST;
        }
        for (String after : List.of("redundancy", "spanning-tree", "vlan", "vtp", "class-map",
                "policy-map", "track", "object-group", "crypto isakmp", "crypto ipsec", "crypto map",
                "key chain", "errdisable", "lldp", "cdp")) {
            if (head.startsWith(after)) {
                return Place.AFTER_USERS;
            }
        }
        for (String before : List.of("aaa", "clock", "mmi", "ip cef", "ipv6", "ip domain", "ip name-server",
                "ip dhcp", "ip host", "multilink", "login", "crypto pki", "license",
                "memory-size", "ip multicast", "ip subnet-zero", "ip classless", "ip source-route",
                "ip finger", "ip bootp", "ip icmp", "ip tcp", "ip auth-proxy", "ip admission", "ip audit",
                "ip ips", "ip inspect", "ip sla", "voice", "service", "platform", "diagnostic", "scheduler",
                "security", "parser", "file", "subscriber", "call-home", "dot1x", "segment-routing", "mpls",
                "bfd", "username")) {
            if (head.startsWith(before)) {
                return Place.BEFORE_USERS;
            }
        }
        return Place.AFTER_STATIC_ROUTES;
    }
}
