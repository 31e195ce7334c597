package org.looplab.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip as-path access-list N}: permit/deny regexps in the order typed, first match decides, an
 * implicit deny at the end. The AS_PATH is matched as {@code show ip bgp} prints it ("65001 65002",
 * "" for a local route, so {@code ^$} means "originated here").
 */
public final class AsPathAccessList {
    public static final int MAX_NUMBER = 500;

    private final int number;
    private final List<AsPathEntry> entries = new ArrayList<>();

    AsPathAccessList(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public List<AsPathEntry> entries() {
        return List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean permits(String asPathText) {
        for (AsPathEntry entry : entries) {
            if (entry.matches(asPathText)) {
                return entry.permit();
            }
        }
        return false;
    }

    /** Adds the entry at the end unless the same one is there (IOS keeps one copy). */
    void add(AsPathEntry entry) {
        if (indexOf(entry.permit(), entry.regex()) < 0) {
            entries.add(entry);
        }
    }

    boolean remove(boolean permit, String regex) {
        int index = indexOf(permit, regex);
        if (index >= 0) {
            entries.remove(index);
        }
        return index >= 0;
    }

    private int indexOf(boolean permit, String regex) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).permit() == permit && entries.get(i).regex().equals(regex)) {
                return i;
            }
        }
        return -1;
    }
}
