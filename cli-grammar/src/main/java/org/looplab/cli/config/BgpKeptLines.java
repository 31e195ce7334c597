package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.router.Router;

/**
 * The lines of {@code router bgp} kept as written without behaviour: the IPv6 neighbours' session lines
 * ({@code neighbor 2001::2 remote-as 101}: looplab simulates no IPv6, so no session is opened) and the
 * {@code address-family ipv6} and {@code address-family vpnv4} blocks (no MPLS data plane: no VPNv4 session
 * is negotiated). Running-config writes the neighbours' lines after the IPv4 neighbours and the blocks between
 * {@code address-family ipv4} and the VRFs' blocks, as IOS; {@code show looplab unmodelled} lists them.
 */
public final class BgpKeptLines {
    /** The kept address families, in IOS's running-config order. */
    public static final List<String> FAMILIES = List.of("ipv6", "vpnv4");

    /** The IPv6 neighbours' lines by their first three words ("neighbor 2001::2 remote-as"). */
    private final Map<String, String> neighborLines = new LinkedHashMap<>();
    /** The entered families' lines, an entered family with no lines still written. */
    private final Map<String, List<String>> families = new LinkedHashMap<>();

    public static BgpKeptLines of(Router router) {
        return router.attachment(BgpKeptLines.class, r -> new BgpKeptLines());
    }

    /** {@code neighbor A SETTING ...} of an IPv6 neighbour; the same setting typed again replaces it. */
    public void keepNeighborLine(String line) {
        neighborLines.put(key(line), line);
    }

    /** {@code no neighbor A}: the neighbour's lines go, in every family too. */
    public void removeNeighbor(String address) {
        String prefix = "neighbor " + address + " ";
        neighborLines.keySet().removeIf(key -> key.startsWith(prefix));
        families.values().forEach(lines -> lines.removeIf(line -> line.startsWith(prefix)));
    }

    /** {@code no neighbor A SETTING [...]}: that setting's line goes. */
    public void removeNeighborLine(String line) {
        neighborLines.remove(key(line));
    }

    /** True when {@code neighbor A remote-as N} was kept for this IPv6 address. */
    public boolean hasNeighbor(String address) {
        return neighborLines.containsKey("neighbor " + address + " remote-as");
    }

    /** {@code address-family ipv6|vpnv4}: the block exists from now on, even empty. */
    public void enter(String family) {
        families.computeIfAbsent(family, f -> new ArrayList<>());
    }

    /** {@code no address-family ipv6|vpnv4}: the block and its lines go. */
    public void remove(String family) {
        families.remove(family);
    }

    /** {@code no router bgp}: everything goes. */
    public void clear() {
        neighborLines.clear();
        families.clear();
    }

    /** A line of a family's block ({@code neighbor A activate}); its {@code no} form ({@code add} false) removes it. */
    public void keep(String family, String line, boolean add) {
        List<String> lines = families.computeIfAbsent(family, f -> new ArrayList<>());
        lines.remove(line);
        if (add) {
            lines.add(line);
        }
    }

    public boolean entered(String family) {
        return families.containsKey(family);
    }

    public List<String> lines(String family) {
        return List.copyOf(families.getOrDefault(family, List.of()));
    }

    public List<String> neighborLines() {
        return List.copyOf(neighborLines.values());
    }

    /** The IPv6 neighbours' lines as running-config writes them, under router bgp. */
    String neighborBlock() {
        StringBuilder out = new StringBuilder();
        neighborLines.values().forEach(line -> out.append(' ').append(line).append('\n'));
        return out.toString();
    }

    /** The kept families' blocks as running-config writes them, or "" when none was entered. */
    String familyBlocks() {
        StringBuilder out = new StringBuilder();
        for (String family : FAMILIES) {
            if (families.containsKey(family)) {
                out.append(" !\n address-family ").append(family).append('\n');
                families.get(family).forEach(line -> out.append("  ").append(line).append('\n'));
                out.append(" exit-address-family\n");
            }
        }
        return out.toString();
    }

    private static String key(String line) {
        String[] words = line.split(" ", 4);
        return words.length < 3 ? line : words[0] + " " + words[1] + " " + words[2];
    }
}
