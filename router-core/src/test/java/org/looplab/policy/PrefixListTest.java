package org.looplab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;

class PrefixListTest {
    private final RoutingPolicies policies = RoutingPolicies.of(new Lab("t", new Kernel(1)).addRouter("r1"));

    private String add(String name, Long seq, boolean permit, String prefix, int ge, int le) {
        String[] parts = prefix.split("/");
        return policies.addPrefixListEntry(name, seq, permit, Ipv4Address.of(parts[0]), Integer.parseInt(parts[1]),
                ge, le);
    }

    private static Ipv4Prefix p(String text) {
        String[] parts = text.split("/");
        return new Ipv4Prefix(Ipv4Address.of(parts[0]), Integer.parseInt(parts[1]));
    }

    @Test
    void exactMatchWithoutGeOrLeAndImplicitDeny() {
        assertNull(add("L", null, true, "10.0.0.0/8", 0, 0));
        PrefixList list = policies.prefixList("L");
        assertTrue(list.permits(p("10.0.0.0/8")));
        assertFalse(list.permits(p("10.1.0.0/16")), "a longer prefix needs le");
        assertFalse(list.permits(p("11.0.0.0/8")), "implicit deny");
        assertNull(policies.prefixList("M"));
    }

    @Test
    void geAndLeRanges() {
        add("L", null, true, "10.0.0.0/8", 16, 24);
        add("G", null, true, "10.0.0.0/8", 30, 0);
        add("E", null, true, "0.0.0.0/0", 0, 32);
        assertTrue(policies.prefixList("L").permits(p("10.1.0.0/16")));
        assertTrue(policies.prefixList("L").permits(p("10.1.2.0/24")));
        assertFalse(policies.prefixList("L").permits(p("10.1.2.0/25")));
        assertFalse(policies.prefixList("L").permits(p("10.0.0.0/8")));
        assertTrue(policies.prefixList("G").permits(p("10.9.9.9/32")), "ge alone runs to /32");
        assertFalse(policies.prefixList("G").permits(p("10.9.9.8/29")));
        assertTrue(policies.prefixList("E").permits(p("0.0.0.0/0")));
        assertTrue(policies.prefixList("E").permits(p("192.168.1.0/24")), "0.0.0.0/0 le 32 is everything");
    }

    @Test
    void firstMatchingSequenceDecidesAndCountsHits() {
        add("L", 10L, true, "10.0.0.0/8", 0, 32);
        add("L", 5L, false, "10.1.0.0/16", 0, 0);
        PrefixList list = policies.prefixList("L");
        assertFalse(list.permits(p("10.1.0.0/16")));
        assertTrue(list.permits(p("10.2.0.0/16")));
        assertTrue(list.permits(p("10.3.0.0/16")));
        assertEquals(1, list.hitCount(5));
        assertEquals(2, list.hitCount(10));
        assertEquals(List.of(5L, 10L), list.entries().stream().map(PrefixListEntry::sequence).toList());
    }

    @Test
    void sequenceDefaultsToHighestPlusFive() {
        add("L", null, true, "10.0.0.0/8", 0, 0);
        add("L", 12L, true, "11.0.0.0/8", 0, 0);
        add("L", null, true, "12.0.0.0/8", 0, 0);
        assertEquals(List.of(5L, 12L, 17L),
                policies.prefixList("L").entries().stream().map(PrefixListEntry::sequence).toList());
    }

    @Test
    void theSameRuleAgainIsIgnoredAndHostBitsAreCleared() {
        add("L", null, true, "10.1.2.3/8", 0, 0);
        add("L", null, true, "10.0.0.0/8", 0, 0);
        assertEquals(List.of(new PrefixListEntry(5, true, p("10.0.0.0/8"), 0, 0)), policies.prefixList("L").entries());
    }

    @Test
    void invalidRangesGetIosMessageAndChangeNothing() {
        String message = "% Invalid prefix range for 10.0.0.0/8, make sure: len < ge-value <= le-value";
        assertEquals(message, add("L", null, true, "10.0.0.0/8", 8, 0));
        assertEquals(message, add("L", null, true, "10.0.0.0/8", 24, 16));
        assertEquals(message, add("L", null, true, "10.0.0.0/8", 0, 8));
        assertEquals("% Invalid prefix range for 10.1.1.1/32, make sure: len < ge-value <= le-value",
                add("L", null, true, "10.1.1.1/32", 0, 32));
        assertNull(policies.prefixList("L"));
    }

    @Test
    void removingEntriesAndLists() {
        add("L", null, true, "10.0.0.0/8", 0, 0);
        add("L", null, false, "11.0.0.0/8", 0, 0);
        policies.removePrefixListEntry("L", 5L, null);
        assertEquals(1, policies.prefixList("L").entries().size());
        policies.removePrefixListEntry("L", null, new PrefixListEntry(0, false, p("11.0.0.0/8"), 0, 0));
        assertNull(policies.prefixList("L"), "the list goes with its last entry");
        add("M", null, true, "10.0.0.0/8", 0, 0);
        policies.removePrefixList("M");
        assertNull(policies.prefixList("M"));
    }
}
