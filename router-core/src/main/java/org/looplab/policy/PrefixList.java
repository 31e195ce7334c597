package org.looplab.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.net.Ipv4Prefix;

/**
 * One {@code ip prefix-list NAME}: entries by sequence number, first match decides, an implicit deny at
 * the end. Counts hits per entry for {@code show ip prefix-list detail}. Kernel thread only.
 */
public final class PrefixList {
    private final String name;
    private final TreeMap<Long, PrefixListEntry> entries = new TreeMap<>();
    private final Map<Long, long[]> hits = new TreeMap<>();
    private String description;

    PrefixList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** {@code ip prefix-list NAME description TEXT}, or null. */
    public String description() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    /** Entries in sequence order. */
    public List<PrefixListEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The sequence IOS gives an entry typed without {@code seq}: 5 more than the highest, 5 at first. */
    public long nextSequence() {
        return entries.isEmpty() ? 5 : entries.lastKey() + 5;
    }

    /** True when the first entry matching {@code prefix} permits it; false when none matches. */
    public boolean permits(Ipv4Prefix prefix) {
        for (PrefixListEntry entry : entries.values()) {
            if (entry.matches(prefix)) {
                hits.get(entry.sequence())[0]++;
                return entry.permit();
            }
        }
        return false;
    }

    /** How many prefixes this entry decided ({@code hit count:} in the detail view). */
    public long hitCount(long sequence) {
        long[] count = hits.get(sequence);
        return count == null ? 0 : count[0];
    }

    /** {@code clear ip prefix-list NAME}. */
    public void clearCounters() {
        hits.values().forEach(count -> count[0] = 0);
    }

    /** The entry that already says the same thing, or null. */
    PrefixListEntry sameRule(PrefixListEntry wanted) {
        return entries.values().stream().filter(wanted::sameRule).findFirst().orElse(null);
    }

    void put(PrefixListEntry entry) {
        entries.put(entry.sequence(), entry);
        hits.put(entry.sequence(), new long[1]);
    }

    boolean remove(long sequence) {
        hits.remove(sequence);
        return entries.remove(sequence) != null;
    }
}
