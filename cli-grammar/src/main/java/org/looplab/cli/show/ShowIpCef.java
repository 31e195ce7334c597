package org.looplab.cli.show;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.looplab.dataplane.ArpCache;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.Adjacency;
import org.looplab.routing.FibEntry;

/**
 * {@code show ip cef [A.B.C.D [MASK]] [detail]} as IOS 15 prints it (checked with ntc-templates'
 * cisco_ios_show_ip_cef[_detail]; for one prefix, the entry's block without the table header, as IOS 15
 * prints {@code show ip cef 10.10.10.10}: {@code 10.10.10.10/32} then {@code   nexthop 10.0.2.10
 * Ethernet0/2}, and with detail its epoch and flags): the FIB's entries, with what CEF adds to them: the receive entries of
 * each subnet's network and broadcast addresses, an attached /32 for each neighbour ARP resolved, and
 * IOS's fixed entries (0.0.0.0/8, 127.0.0.0/8 and class D and E dropped, the broadcasts received, and
 * "no route" for a missing default).
 */
public final class ShowIpCef {
    private static final String HEADER = "Prefix               Next Hop             Interface\n";

    private ShowIpCef() {
    }

    /** One way out of an entry: "receive", "attached", "drop", "no route" or a next hop, and its interface (or null). */
    private record Hop(String nextHop, InterfaceName out) {
    }

    public static String render(Router router, Ipv4Address address, Ipv4Address mask, boolean detail) {
        TreeMap<Ipv4Prefix, List<Hop>> table = table(router);
        List<Ipv4Prefix> shown = new ArrayList<>(table.keySet());
        if (address != null) {
            Ipv4Prefix match = longestMatch(table, address, mask == null ? 32 : Ipv4Prefix.lengthOfMask(mask));
            shown = match == null ? List.of() : List.of(match);
        }
        StringBuilder out = new StringBuilder();
        if (detail) {
            if (address == null) {
                out.append("IPv4 CEF is enabled and running\nVRF Default\n ").append(table.size()).append(" prefixes (")
                        .append(table.size()).append("/0 fwd/non-fwd)\n Table id 0x0\n Database epoch:        0 (")
                        .append(table.size()).append(" entries at this epoch)\n\n");
            }
            shown.forEach(prefix -> detailEntry(out, prefix, table.get(prefix)));
            return out.toString();
        }
        if (address != null) {
            for (Ipv4Prefix prefix : shown) {
                out.append(prefix).append('\n');
                hopLines(out, table.get(prefix));
            }
            return out.toString();
        }
        out.append(HEADER);
        for (Ipv4Prefix prefix : shown) {
            boolean first = true;
            for (Hop hop : table.get(prefix)) {
                String line = String.format("%-20s %-20s %s", first ? prefix.toString() : "", hop.nextHop(),
                        hop.out() == null ? "" : hop.out().fullName());
                out.append(line.stripTrailing()).append('\n');
                first = false;
            }
        }
        return out.toString();
    }

    private static void detailEntry(StringBuilder out, Ipv4Prefix prefix, List<Hop> hops) {
        String kind = hops.get(0).nextHop();
        String flags = switch (kind) {
            case "receive" -> ", flags [attached, receive, local]";
            case "attached" -> ", flags [attached, connected]";
            case "drop" -> ", flags [drop]";
            case "no route" -> ", flags [default route handler, no route]";
            default -> "";
        };
        out.append(prefix).append(", epoch 0").append(flags).append('\n');
        hopLines(out, hops);
    }

    /** The entry's ways out, one a line: receive [for IF], attached to IF, drop, no route, nexthop A IF. */
    private static void hopLines(StringBuilder out, List<Hop> hops) {
        for (Hop hop : hops) {
            switch (hop.nextHop()) {
                case "receive" -> out.append("  receive").append(hop.out() == null ? "" : " for " + hop.out().fullName()).append('\n');
                case "attached" -> out.append("  attached to ").append(hop.out().fullName()).append('\n');
                case "drop", "no route" -> out.append("  ").append(hop.nextHop()).append('\n');
                default -> out.append("  nexthop ").append(hop.nextHop()).append(' ').append(hop.out().fullName()).append('\n');
            }
        }
    }

    private static Ipv4Prefix longestMatch(TreeMap<Ipv4Prefix, List<Hop>> table, Ipv4Address address, int length) {
        Ipv4Prefix best = null;
        for (Ipv4Prefix prefix : table.keySet()) {
            if (prefix.length() <= length && prefix.contains(address) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best;
    }

    private static TreeMap<Ipv4Prefix, List<Hop>> table(Router router) {
        TreeMap<Ipv4Prefix, List<Hop>> table = new TreeMap<>();
        for (FibEntry entry : router.fib().entries()) {
            List<Hop> hops = new ArrayList<>();
            for (Adjacency adjacency : entry.adjacencies()) {
                hops.add(switch (adjacency.kind()) {
                    case RECEIVE -> new Hop("receive", adjacency.outgoing());
                    case ATTACHED -> new Hop("attached", adjacency.outgoing());
                    // The rest of a loopback's subnet: dropped all the same, but IOS lists it as received there.
                    case DROP -> new Hop(adjacency.outgoing().isLoopback() ? "receive" : "drop", adjacency.outgoing());
                    case VIA -> new Hop(adjacency.nextHop().toString(), adjacency.outgoing());
                });
            }
            table.put(entry.prefix(), hops);
        }
        for (Interface iface : router.interfaces()) {
            if (!iface.isProtocolUp() || iface.vrf() != null) {
                continue;
            }
            List<InterfaceAddress> addresses = new ArrayList<>(iface.secondaryAddresses());
            if (iface.address() != null) {
                addresses.add(iface.address());
            }
            for (InterfaceAddress own : addresses) {
                if (own.length() < 31) {
                    table.putIfAbsent(host(own.subnet().network()), List.of(new Hop("receive", iface.name())));
                    table.putIfAbsent(host(own.subnet().broadcast()), List.of(new Hop("receive", iface.name())));
                }
            }
        }
        ArpCache arp = ArpCache.ifPresent(router);
        if (arp != null) {
            for (ArpCache.Entry learned : arp.entries(router.kernel().now())) {
                table.putIfAbsent(host(learned.address()), List.of(new Hop("attached", learned.iface().name())));
            }
        }
        table.putIfAbsent(Ipv4Prefix.DEFAULT_ROUTE, List.of(new Hop("no route", null)));
        special(table, "0.0.0.0/8", "drop");
        special(table, "0.0.0.0/32", "receive");
        special(table, "127.0.0.0/8", "drop");
        special(table, "224.0.0.0/4", "drop");
        special(table, "224.0.0.0/24", "receive");
        special(table, "240.0.0.0/4", "drop");
        special(table, "255.255.255.255/32", "receive");
        return table;
    }

    private static void special(TreeMap<Ipv4Prefix, List<Hop>> table, String prefix, String what) {
        String[] parts = prefix.split("/");
        table.putIfAbsent(new Ipv4Prefix(Ipv4Address.parse(parts[0]), Integer.parseInt(parts[1])), List.of(new Hop(what, null)));
    }

    private static Ipv4Prefix host(Ipv4Address address) {
        return new Ipv4Prefix(address, 32);
    }
}
