package org.looplab.policy;

import java.util.Collection;
import java.util.List;

/**
 * {@code ip community-list N|standard NAME permit|deny C...}: matches a route carrying every listed
 * community ({@code internet} alone matches every route).
 */
public record CommunityListEntry(boolean permit, List<Long> communities) {
    public CommunityListEntry {
        communities = List.copyOf(communities);
    }

    public boolean matches(Collection<Long> routeCommunities) {
        for (Long community : communities) {
            if (community != Communities.INTERNET && !routeCommunities.contains(community)) {
                return false;
            }
        }
        return true;
    }

    /** For {@code match community L exact-match}: the route has these communities and no others. */
    public boolean matchesExactly(Collection<Long> routeCommunities) {
        List<Long> wanted = communities.stream().filter(c -> c != Communities.INTERNET).distinct().toList();
        return routeCommunities.stream().distinct().count() == wanted.size() && routeCommunities.containsAll(wanted);
    }
}
