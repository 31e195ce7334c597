package org.looplab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;

class AsPathAccessListTest {
    private final RoutingPolicies policies = RoutingPolicies.of(new Lab("t", new Kernel(1)).addRouter("r1"));

    private boolean permits(String regex, String path) {
        policies.removeAsPathAccessList(1);
        assertNull(policies.addAsPathEntry(1, true, regex));
        return policies.asPathAccessList(1).permits(path);
    }

    @Test
    void underscoreMatchesDelimitersAndEnds() {
        assertTrue(permits("_65001_", "65001"));
        assertTrue(permits("_65001_", "65000 65001 65002"));
        assertFalse(permits("_65001_", "650011 65002"));
        assertTrue(permits("^65001_", "65001 65002"));
        assertFalse(permits("^65001_", "65002 65001"));
        assertTrue(permits("_65002$", "65001 65002"));
        assertTrue(permits("_65003_", "65001 {65003,65004}"));
    }

    @Test
    void emptyPathIsLocal() {
        assertTrue(permits("^$", ""));
        assertFalse(permits("^$", "65001"));
        assertTrue(permits(".*", ""));
        assertTrue(permits("^65001( 65001)*$", "65001 65001 65001"));
        assertTrue(permits("^[0-9]+$", "65001"));
        assertFalse(permits("^[0-9]+$", "65001 65002"));
    }

    @Test
    void firstMatchDecidesThenImplicitDeny() {
        policies.addAsPathEntry(5, false, "_65001_");
        policies.addAsPathEntry(5, true, ".*");
        AsPathAccessList list = policies.asPathAccessList(5);
        assertFalse(list.permits("65001"));
        assertTrue(list.permits("65002"));
        policies.removeAsPathEntry(5, true, ".*");
        assertFalse(policies.asPathAccessList(5).permits("65002"));
        assertEquals(1, policies.asPathAccessList(5).entries().size());
    }

    @Test
    void invalidRegexChangesNothing() {
        assertEquals("% Invalid regular expression", policies.addAsPathEntry(2, true, "(65001"));
        assertNull(policies.asPathAccessList(2));
    }
}
