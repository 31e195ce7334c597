package org.looplab.ospf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.Ipv4Address;

/**
 * The link-state database of one area (RFC 2328 12.2): one entry per LSA key. Network-LSAs are also
 * indexed by Link State ID, which is how the SPF calculation finds a transit network from a router link.
 */
public final class Lsdb {
    private final Map<LsaKey, LsdbEntry> entries = new HashMap<>();
    /** Network-LSAs by Link State ID, router-LSAs by router id: int keys, for the SPF calculation. */
    private final IntEntryMap networksById = new IntEntryMap();
    private final IntEntryMap routersById = new IntEntryMap();
    private final Map<LsaKey, LsdbEntry> summaries = new HashMap<>();

    public LsdbEntry get(LsaKey key) {
        return entries.get(key);
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
        entries.put(key, entry);
        switch (key.type()) {
            case ROUTER -> {
                if (key.linkStateId().bits() == key.advertisingRouter().bits()) {
                    routersById.put(key.linkStateId().bits(), entry);
                }
            }
            case NETWORK -> networksById.put(entry.lsa.linkStateId().bits(), entry);
            case SUMMARY_NETWORK -> summaries.put(key, entry);
            default -> { }
        }
    }

    void remove(LsaKey key) {
        LsdbEntry removed = entries.remove(key);
        if (removed == null) {
            return;
        }
        if (key.type() == LsaType.ROUTER) {
            routersById.remove(key.linkStateId().bits(), removed);
        } else if (key.type() == LsaType.NETWORK) {
            networksById.remove(key.linkStateId().bits(), removed);
        } else if (key.type() == LsaType.SUMMARY_NETWORK) {
            summaries.remove(key);
        }
    }

    /** The type-3 summary-LSAs, for the inter-area calculation (16.2). */
    Collection<LsdbEntry> summaries() {
        return summaries.values();
    }

    public int size() {
        return entries.size();
    }

    Collection<LsdbEntry> all() {
        return entries.values();
    }

    /** The entries ordered for {@code show ip ospf database}: by type, Link State ID, advertising router. */
    public List<LsdbEntry> entries() {
        List<LsdbEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort((a, b) -> a.lsa.key().compareTo(b.lsa.key()));
        return sorted;
    }

    /** The sum of the checksums, {@code show ip ospf}'s "Checksum Sum". */
    public long checksumSum() {
        long sum = 0;
        for (LsdbEntry entry : entries.values()) {
            sum += entry.lsa.checksum();
        }
        return sum;
    }
}
