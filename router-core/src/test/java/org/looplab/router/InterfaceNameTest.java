package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InterfaceNameTest {
    @Test
    void acceptsEveryIosSpelling() {
        for (String text : new String[] {"GigabitEthernet0/1", "Gi0/1", "gi0/1", "g0/1", "gig 0/1", "GIGABITETHERNET0/1"}) {
            assertEquals(InterfaceName.gigabitEthernet(1), InterfaceName.parse(text), text);
        }
        for (String text : new String[] {"Loopback0", "lo0", "l0", "Loop 0"}) {
            assertEquals(InterfaceName.loopback(0), InterfaceName.parse(text), text);
        }
        assertEquals("Gi0/12", InterfaceName.parse("gi0/12").shortName());
        assertEquals("Loopback9", InterfaceName.parse("lo9").fullName());
        for (String text : new String[] {"Null0", "null 0", "nu0", "n0"}) {
            assertEquals(InterfaceName.nullInterface(), InterfaceName.parse(text), text);
        }
        assertEquals("Null0", InterfaceName.nullInterface().fullName());
    }

    @Test
    void refusesWhatIsNotAnInterface() {
        for (String text : new String[] {"", "x0", "Gi1/0", "Gi0/", "Gi0/1/2", "lo", "lo-1", "lo99999999999", "Tunnel0", "Null1"}) {
            assertNull(InterfaceName.parse(text), text);
        }
    }
}
