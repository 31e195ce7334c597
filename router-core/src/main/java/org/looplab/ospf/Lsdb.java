package org.looplab.ospf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.IntKeyedTable;
import org.looplab.net.Ipv4Address;

/**
 * The link-state database of one area (RFC 2328 12.2): one entry per LSA key. Network-LSAs are also
 * indexed by Link State ID, which is how the SPF calculation finds a transit network from a router link.
 */
public final class Lsdb {
    /**
     * The entries by key: open addressing with linear probing over one array, key at {@code 2 * slot} and
     * entry at {@code 2 * slot + 1}, so a probe reads key and entry from one cache line, with no node per
     * entry. Keys are compared by identity first: an LSA's key is one object shared by every database.
     */
    private Object[] table = new Object[2 * 16];
    private int size;
    /** Network-LSAs by Link State ID, router-LSAs by router id: int keys, for the SPF calculation. */
    private final IntKeyedTable<LsdbEntry> networksById = new IntKeyedTable<>();
    private final IntKeyedTable<LsdbEntry> routersById = new IntKeyedTable<>();
    /** Summary- and AS-external-LSAs by type (3, 4, 5), for the inter-area and external calculations. */
    private final Map<LsaType, Map<LsaKey, LsdbEntry>> byType = new java.util.EnumMap<>(LsaType.class);

    private static int slotOf(LsaKey key, int mask) {
        int h = key.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & mask;
    }

    public LsdbEntry get(LsaKey key) {
        Object[] t = table;
        int mask = (t.length >>> 1) - 1;
        int slot = slotOf(key, mask);
        Object k;
        while ((k = t[2 * slot]) != null) {
            if (k == key || k.equals(key)) {
                return (LsdbEntry) t[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private void put(LsaKey key, LsdbEntry entry) {
        Object[] t = table;
        int mask = (t.length >>> 1) - 1;
        int slot = slotOf(key, mask);
        Object k;
        while ((k = t[2 * slot]) != null) {
            if (k == key || k.equals(key)) {
                t[2 * slot + 1] = entry;
                return;
            }
            slot = (slot + 1) & mask;
        }
        t[2 * slot] = key;
        t[2 * slot + 1] = entry;
        if (++size * 4 > (mask + 1) * 3) {
            resize(t.length * 2);
        }
    }

    private LsdbEntry delete(LsaKey key) {
        Object[] t = table;
        int mask = (t.length >>> 1) - 1;
        int slot = slotOf(key, mask);
        Object k;
        while ((k = t[2 * slot]) != null) {
            if (k == key || k.equals(key)) {
                LsdbEntry removed = (LsdbEntry) t[2 * slot + 1];
                size--;
                // Backward shift: move later entries of the run into the hole where their probe allows.
                int hole = slot;
                int next = (slot + 1) & mask;
                while ((k = t[2 * next]) != null) {
                    int home = slotOf((LsaKey) k, mask);
                    boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
                    if (movable) {
                        t[2 * hole] = k;
                        t[2 * hole + 1] = t[2 * next + 1];
                        hole = next;
                    }
                    next = (next + 1) & mask;
                }
                t[2 * hole] = null;
                t[2 * hole + 1] = null;
                return removed;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private void resize(int length) {
        Object[] old = table;
        Object[] t = new Object[length];
        int mask = (length >>> 1) - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != null) {
                int slot = slotOf((LsaKey) old[i], mask);
                while (t[2 * slot] != null) {
                    slot = (slot + 1) & mask;
                }
                t[2 * slot] = old[i];
                t[2 * slot + 1] = old[i + 1];
            }
        }
        table = t;
    }

    /** The router-LSA of a router id, or null. */
    public LsdbEntry router(Ipv4Address routerId) {
        return routersById.get(routerId.bits());
    }

    LsdbEntry routerById(int routerIdBits) {
        return routersById.get(routerIdBits);
    }

    LsdbEntry networkById(int linkStateIdBits) {
        return networksById.get(linkStateIdBits);
    }

    /** The network-LSA whose Link State ID (the DR's address) is this, or null. */
    public LsdbEntry network(Ipv4Address linkStateId) {
        return networksById.get(linkStateId.bits());
    }

    /**
     * Installs an instance; {@code current} is this database's entry for its key (or null), which takes
     * the new instance in place.
     */
    void install(Lsa lsa, long now, LsdbEntry current) {
        if (current == null) {
            install(new LsdbEntry(lsa, now));
            return;
        }
        current.lsa = lsa;
        current.installedNanos = now;
        LsaKey key = lsa.key();
        switch (key.type()) {
            case ROUTER -> {
                if (key.linkStateId().bits() == key.advertisingRouter().bits()) {
                    routersById.put(key.linkStateId().bits(), current);
                }
            }
            case NETWORK -> networksById.put(lsa.linkStateId().bits(), current);
            default -> { }
        }
    }

    void install(LsdbEntry entry) {
        LsaKey key = entry.lsa.key();
        put(key, entry);
        switch (key.type()) {
            case ROUTER -> {
                if (key.linkStateId().bits() == key.advertisingRouter().bits()) {
                    routersById.put(key.linkStateId().bits(), entry);
                }
            }
            case NETWORK -> networksById.put(entry.lsa.linkStateId().bits(), entry);
            default -> byType.computeIfAbsent(key.type(), type -> new HashMap<>()).put(key, entry);
        }
    }

    void remove(LsaKey key) {
        LsdbEntry removed = delete(key);
        if (removed == null) {
            return;
        }
        if (key.type() == LsaType.ROUTER) {
            routersById.remove(key.linkStateId().bits(), removed);
        } else if (key.type() == LsaType.NETWORK) {
            networksById.remove(key.linkStateId().bits(), removed);
        } else if (byType.containsKey(key.type())) {
            byType.get(key.type()).remove(key);
        }
    }

    /** The LSAs of a type other than router and network (3, 4, 5), for the calculations of 16.2-16.4. */
    Collection<LsdbEntry> ofType(LsaType type) {
        Map<LsaKey, LsdbEntry> entries = byType.get(type);
        return entries == null ? List.of() : entries.values();
    }

    public int size() {
        return size;
    }

    /** Every entry, in table order (deterministic: the hash is the key's value), as a snapshot. */
    List<LsdbEntry> all() {
        List<LsdbEntry> all = new ArrayList<>(size);
        Object[] t = table;
        for (int i = 1; i < t.length; i += 2) {
            if (t[i] != null) {
                all.add((LsdbEntry) t[i]);
            }
        }
        return all;
    }

    /** The entries ordered for {@code show ip ospf database}: by type, Link State ID, advertising router. */
    public List<LsdbEntry> entries() {
        List<LsdbEntry> sorted = all();
        sorted.sort((a, b) -> a.lsa.key().compareTo(b.lsa.key()));
        return sorted;
    }

    /** The sum of the checksums, {@code show ip ospf}'s "Checksum Sum". */
    public long checksumSum() {
        long sum = 0;
        for (LsdbEntry entry : all()) {
            sum += entry.lsa.checksum();
        }
        return sum;
    }
}
