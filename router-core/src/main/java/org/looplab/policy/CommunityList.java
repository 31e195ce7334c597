package org.looplab.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A standard community list: numbered 1-99 ({@code ip community-list 1 permit ...}) or named
 * ({@code ip community-list standard NAME permit ...}). Entries in the order typed; first match decides;
 * an implicit deny at the end.
 */
public final class CommunityList {
    public static final int MAX_STANDARD_NUMBER = 99;

    private final String name;
    private final List<CommunityListEntry> entries = new ArrayList<>();

    CommunityList(String name) {
        this.name = name;
    }

    /** The number ({@code "1"}) or the name. */
    public String name() {
        return name;
    }

    /** True for a numbered list (written {@code ip community-list 1 ...}, without {@code standard}). */
    public boolean isNumbered() {
        return isNumber(name);
    }

    public List<CommunityListEntry> entries() {
        return List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True when the first entry whose communities the route all carries is a permit. */
    public boolean permits(Collection<Long> communities) {
        for (CommunityListEntry entry : entries) {
            if (entry.matches(communities)) {
                return entry.permit();
            }
        }
        return false;
    }

    /** {@code match community L exact-match}: the first entry whose set equals the route's decides. */
    public boolean exactlyMatches(Collection<Long> communities) {
        for (CommunityListEntry entry : entries) {
            if (entry.matchesExactly(communities)) {
                return entry.permit();
            }
        }
        return false;
    }

    void add(CommunityListEntry entry) {
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
    }

    boolean remove(CommunityListEntry entry) {
        return entries.remove(entry);
    }

    static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
