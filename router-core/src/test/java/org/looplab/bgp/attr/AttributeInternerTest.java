package org.looplab.bgp.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;

class AttributeInternerTest {
    @Test
    void equalSetsShareOneInstanceUntilTheLastPathGoes() {
        AttributeInterner interner = new AttributeInterner();
        PathAttributes a = PathAttributes.builder().asPath(AsPath.sequence(65001, 65002)).nextHop(Ipv4Address.of("10.0.0.1"))
                .localPref(100).build();
        PathAttributes b = PathAttributes.builder().asPath(AsPath.sequence(65001, 65002)).nextHop(Ipv4Address.of("10.0.0.1"))
                .localPref(100).build();
        assertNotSame(a, b);
        PathAttributes first = interner.intern(a);
        PathAttributes second = interner.intern(b);
        assertSame(first, second);
        assertSame(first.nextHop(), second.nextHop(), "one next-hop object for every route with the set");
        assertEquals(1, interner.size());
        interner.release(first);
        assertEquals(1, interner.size());
        interner.release(second);
        assertEquals(0, interner.size());
        assertEquals(0, interner.memoryBytes());
    }

    @Test
    void asPathLengthCountsASetOnceAndPrependFillsTheLeadingSequence() {
        AsPath path = AsPath.ofSegments(new int[] {AsPath.AS_SEQUENCE, 2, 65001, 65002, AsPath.AS_SET, 3, 1, 2, 3});
        assertEquals(3, path.length());
        assertEquals("65001 65002 {1,2,3}", path.toString());
        assertEquals(65001, path.firstAs());
        AsPath prepended = path.prepend(65000, 65000);
        assertEquals("65000 65000 65001 65002 {1,2,3}", prepended.toString());
        assertEquals(2, prepended.count(65000));
        assertEquals(5, prepended.length());
        assertEquals(null, AsPath.ofSegments(new int[] {AsPath.AS_SEQUENCE, 3, 1}));
    }
}
