package org.looplab.dataplane;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * A router's ARP cache (RFC 826): the hardware address of each next hop it resolved on a multi-access link,
 * and of each neighbour that asked it. An entry lives for its interface's {@code arp timeout} (IOS's
 * default 4 hours) after it was learned; an expired one is gone at the next look, so the next packet
 * asks again. Entries of an interface go when its line protocol goes down or by {@code clear arp-cache}.
 */
public final class ArpCache {
    /** One learned mapping. */
    public record Entry(Interface iface, Ipv4Address address, String macAddress, long learnedNanos) {
    }

    private final Map<Interface, Map<Ipv4Address, Entry>> entries = new LinkedHashMap<>(4);

    private ArpCache(Router router) {
        router.addInterfaceListener(changed -> {
            if (!changed.isProtocolUp()) {
                entries.remove(changed);
            }
        });
    }

    /** The cache of a router, made with its first resolution. */
    public static ArpCache of(Router router) {
        return router.attachment(ArpCache.class, ArpCache::new);
    }

    /** The cache of a router, or null when it never resolved anything. */
    public static ArpCache ifPresent(Router router) {
        return router.attachmentIfPresent(ArpCache.class);
    }

    /** True when {@code address} on {@code iface} has an entry that has not expired. */
    boolean knows(Interface iface, Ipv4Address address, long now) {
        Map<Ipv4Address, Entry> onInterface = entries.get(iface);
        Entry entry = onInterface == null ? null : onInterface.get(address);
        if (entry != null && expired(entry, now)) {
            onInterface.remove(address);
            return false;
        }
        return entry != null;
    }

    void learn(Interface iface, Ipv4Address address, String macAddress, long now) {
        entries.computeIfAbsent(iface, i -> new LinkedHashMap<>(2)).put(address, new Entry(iface, address, macAddress, now));
    }

    /** The live entries, by address; expired ones are dropped on the way. */
    public List<Entry> entries(long now) {
        List<Entry> live = new ArrayList<>();
        for (Map<Ipv4Address, Entry> onInterface : entries.values()) {
            for (Iterator<Entry> it = onInterface.values().iterator(); it.hasNext(); ) {
                Entry entry = it.next();
                if (expired(entry, now)) {
                    it.remove();
                } else {
                    live.add(entry);
                }
            }
        }
        live.sort(Comparator.comparing(Entry::address));
        return live;
    }

    /** {@code clear arp-cache}: every learned entry, or those of one interface (null: all). */
    public void clear(Interface only) {
        if (only == null) {
            entries.clear();
        } else {
            entries.remove(only);
        }
    }

    private static boolean expired(Entry entry, long now) {
        long timeout = entry.iface().arpTimeoutNanos();
        return timeout != 0 && now - entry.learnedNanos() >= timeout; // arp timeout 0: entries never expire
    }
}
