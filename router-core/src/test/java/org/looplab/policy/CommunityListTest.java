package org.looplab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;

class CommunityListTest {
    private final RoutingPolicies policies = RoutingPolicies.of(new Lab("t", new Kernel(1)).addRouter("r1"));
    private static final long C100 = 65000L << 16 | 100;
    private static final long C200 = 65000L << 16 | 200;

    @Test
    void parsesIosForms() {
        assertEquals(C100, Communities.parse("65000:100"));
        assertEquals(C100, Communities.parse(Long.toString(C100)));
        assertEquals(Communities.NO_EXPORT, Communities.parse("no-export"));
        assertEquals(0xFFFFFF03L, Communities.parse("local-AS"));
        assertNull(Communities.parse("65536:1"));
        assertNull(Communities.parse("4294967296"));
        assertEquals("65000:100", Communities.format(C100));
        assertEquals("no-advertise", Communities.format(Communities.NO_ADVERTISE));
    }

    @Test
    void anEntryMatchesWhenAllItsCommunitiesArePresent() {
        policies.addCommunityListEntry("1", true, List.of(C100, C200));
        CommunityList list = policies.communityList("1");
        assertTrue(list.permits(List.of(C200, C100, Communities.NO_EXPORT)));
        assertFalse(list.permits(List.of(C100)));
        assertFalse(list.permits(List.of()));
        assertTrue(list.isNumbered());
    }

    @Test
    void exactMatchWantsNothingMore() {
        policies.addCommunityListEntry("ONLY", true, List.of(C100));
        CommunityList list = policies.communityList("ONLY");
        assertTrue(list.exactlyMatches(List.of(C100)));
        assertFalse(list.exactlyMatches(List.of(C100, C200)));
        assertTrue(list.permits(List.of(C100, C200)));
        assertFalse(list.isNumbered());
    }

    @Test
    void firstMatchDecidesAndInternetMatchesEverything() {
        policies.addCommunityListEntry("2", false, List.of(Communities.NO_EXPORT));
        policies.addCommunityListEntry("2", true, List.of(Communities.INTERNET));
        CommunityList list = policies.communityList("2");
        assertFalse(list.permits(List.of(Communities.NO_EXPORT, C100)));
        assertTrue(list.permits(List.of(C100)));
        assertTrue(list.permits(List.of()));
        policies.removeCommunityListEntry("2", true, List.of(Communities.INTERNET));
        assertFalse(policies.communityList("2").permits(List.of()));
    }

    @Test
    void numberedListsComeFirstInNumberOrder() {
        policies.addCommunityListEntry("B", true, List.of(C100));
        policies.addCommunityListEntry("10", true, List.of(C100));
        policies.addCommunityListEntry("9", true, List.of(C100));
        assertEquals(List.of("9", "10", "B"), policies.communityLists().stream().map(CommunityList::name).toList());
    }
}
