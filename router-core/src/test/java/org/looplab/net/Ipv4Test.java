package org.looplab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ipv4Test {
    @Test
    void parsesAndPrintsDottedQuads() {
        assertEquals("10.0.12.1", Ipv4Address.of("10.0.12.1").toString());
        assertEquals("255.255.255.255", Ipv4Address.of("255.255.255.255").toString());
        for (String bad : new String[] {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "a.b.c.d", "1.2.3.4."}) {
            assertNull(Ipv4Address.parse(bad), bad);
        }
    }

    @Test
    void knowsSpecialAddresses() {
        assertTrue(Ipv4Address.of("127.45.1.2").isLoopback());
        assertTrue(Ipv4Address.of("0.0.0.0").isThisNetwork());
        assertTrue(Ipv4Address.of("224.0.0.5").isMulticast());
        assertTrue(Ipv4Address.of("255.255.255.255").isReserved());
        assertFalse(Ipv4Address.of("10.0.0.1").isLoopback());
    }

    @Test
    void prefixesMasksAndContainment() {
        assertEquals(24, Ipv4Prefix.lengthOfMask(Ipv4Address.of("255.255.255.0")));
        assertEquals(-1, Ipv4Prefix.lengthOfMask(Ipv4Address.of("255.0.255.0")));
        Ipv4Prefix net = Ipv4Prefix.containing(Ipv4Address.of("10.0.12.7"), 24);
        assertEquals("10.0.12.0/24", net.toString());
        assertEquals("10.0.12.255", net.broadcast().toString());
        assertTrue(net.contains(Ipv4Address.of("10.0.12.200")));
        assertFalse(net.contains(Ipv4Address.of("10.0.13.1")));
        assertTrue(net.overlaps(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 16)));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Prefix(Ipv4Address.of("10.0.12.1"), 24));
    }

    @Test
    void longestPrefixMatchPicksTheMostSpecificEntry() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(Ipv4Prefix.DEFAULT_ROUTE, "default");
        table.put(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 8), "ten");
        table.put(Ipv4Prefix.containing(Ipv4Address.of("10.0.12.0"), 24), "link");
        table.put(new Ipv4Prefix(Ipv4Address.of("10.0.12.1"), 32), "host");
        assertEquals("host", table.longestMatch(Ipv4Address.of("10.0.12.1")));
        assertEquals("link", table.longestMatch(Ipv4Address.of("10.0.12.2")));
        assertEquals("ten", table.longestMatch(Ipv4Address.of("10.9.9.9")));
        assertEquals("default", table.longestMatch(Ipv4Address.of("192.0.2.1")));
        table.remove(Ipv4Prefix.DEFAULT_ROUTE);
        assertNull(table.longestMatch(Ipv4Address.of("192.0.2.1")));
        assertEquals(3, table.size());
        assertEquals("10.0.0.0/8", table.sorted().firstKey().toString());
    }
}
