package org.looplab.router;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * The subnets of a router's interface addresses, per VRF, so that IOS's overlap check on {@code ip address}
 * and the question "is this address mine" cost a few map look-ups instead of a walk over every interface
 * (a startup-config with 40,000 addressed loopbacks loads in linear time). {@link Router} updates it
 * wherever an interface's addresses or VRF change.
 */
final class ConnectedSubnets {
    /** One address of an interface, primary or secondary, as the index holds it. */
    record Entry(Interface owner, InterfaceAddress address, boolean secondary) {
    }

    /** Per VRF (null: the global table), the entries by subnet; a subnet may repeat on one interface. */
    private final Map<String, TreeMap<Ipv4Prefix, List<Entry>>> byVrf = new HashMap<>();
    /** What each interface has in the index, with the VRF it was filed under. */
    private final Map<Interface, Filed> byInterface = new IdentityHashMap<>();

    private record Filed(String vrf, List<Entry> entries) {
    }

    /** Takes in the current addresses and VRF of {@code changed}, forgetting what it had before. */
    void update(Interface changed) {
        remove(changed);
        List<Entry> entries = new ArrayList<>(1 + changed.secondaryAddresses().size());
        if (changed.address() != null) {
            entries.add(new Entry(changed, changed.address(), false));
        }
        for (InterfaceAddress secondary : changed.secondaryAddresses()) {
            entries.add(new Entry(changed, secondary, true));
        }
        if (entries.isEmpty()) {
            return;
        }
        TreeMap<Ipv4Prefix, List<Entry>> subnets = byVrf.computeIfAbsent(changed.vrf(), vrf -> new TreeMap<>());
        for (Entry entry : entries) {
            subnets.computeIfAbsent(entry.address().subnet(), subnet -> new ArrayList<>(1)).add(entry);
        }
        byInterface.put(changed, new Filed(changed.vrf(), entries));
    }

    /** Forgets every address of {@code gone} (an interface removed, or about to be re-read). */
    void remove(Interface gone) {
        Filed filed = byInterface.remove(gone);
        if (filed == null) {
            return;
        }
        TreeMap<Ipv4Prefix, List<Entry>> subnets = byVrf.get(filed.vrf());
        for (Entry entry : filed.entries()) {
            List<Entry> same = subnets.get(entry.address().subnet());
            same.remove(entry);
            if (same.isEmpty()) {
                subnets.remove(entry.address().subnet());
            }
        }
    }

    /**
     * The entries of interfaces other than {@code except}, in {@code vrf}, whose subnet overlaps
     * {@code wanted}: its supernets (one look-up per shorter length) and the subnets inside it (one range).
     */
    List<Entry> overlapping(String vrf, Ipv4Prefix wanted, Interface except) {
        TreeMap<Ipv4Prefix, List<Entry>> subnets = byVrf.get(vrf);
        List<Entry> found = new ArrayList<>(0);
        if (subnets == null) {
            return found;
        }
        for (int length = 0; length < wanted.length(); length++) {
            addOthers(subnets.get(Ipv4Prefix.containing(wanted.network(), length)), except, found);
        }
        Ipv4Prefix last = new Ipv4Prefix(wanted.broadcast(), 32);
        for (List<Entry> inside : subnets.subMap(wanted, true, last, true).values()) {
            addOthers(inside, except, found);
        }
        return found;
    }

    /** True when {@code address} is configured on an interface, in any VRF. */
    boolean isConfigured(Ipv4Address address) {
        for (TreeMap<Ipv4Prefix, List<Entry>> subnets : byVrf.values()) {
            for (int length = 0; length <= 32; length++) {
                List<Entry> entries = subnets.get(Ipv4Prefix.containing(address, length));
                if (entries != null && entries.stream().anyMatch(entry -> entry.address().address().equals(address))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addOthers(List<Entry> entries, Interface except, List<Entry> found) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            if (entry.owner() != except) {
                found.add(entry);
            }
        }
    }
}
