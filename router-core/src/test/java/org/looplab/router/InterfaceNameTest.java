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
        for (String text : new String[] {"", "x0", "Gi0/", "Gi0/1/2/3", "lo", "lo-1", "lo99999999999", "Tunnel0.1", "Tu0/1",
                "Null1", "Lo0/1", "Lo1.5", "Gi0/0.", "Po1/1"}) {
            assertNull(InterfaceName.parse(text), text);
        }
    }

    @Test
    void readsEveryIosInterfaceForm() {
        String[][] cases = {
            {"e0/0", "Ethernet0/0", "Et0/0"},
            {"Ethernet1/3", "Ethernet1/3", "Et1/3"},
            {"fa0/1", "FastEthernet0/1", "Fa0/1"},
            {"gi1", "GigabitEthernet1", "Gi1"},
            {"Gi0/0/0", "GigabitEthernet0/0/0", "Gi0/0/0"},
            {"te0/1", "TenGigabitEthernet0/1", "Te0/1"},
            {"se0/0/0", "Serial0/0/0", "Se0/0/0"},
            {"Serial1/0", "Serial1/0", "Se1/0"},
            {"po1", "Port-channel1", "Po1"},
            {"Gi0/0.10", "GigabitEthernet0/0.10", "Gi0/0.10"},
            {"gi 0/01", "GigabitEthernet0/1", "Gi0/1"},
        };
        for (String[] each : cases) {
            InterfaceName name = InterfaceName.parse(each[0]);
            assertEquals(each[1], name.fullName(), each[0]);
            assertEquals(each[2], name.shortName(), each[0]);
        }
        InterfaceName sub = InterfaceName.parse("Gi0/0.10");
        assertEquals(InterfaceName.gigabitEthernet(0), sub.parent());
        assertEquals(10, sub.subinterface());
        assertEquals(true, sub.isSubinterface());
        assertEquals(false, sub.isPhysicalPort());
    }

    @Test
    void sortsAsIosListsThem() {
        java.util.List<InterfaceName> names = new java.util.ArrayList<>();
        for (String text : new String[] {"Lo0", "Gi0/10", "Gi0/2", "e1/0", "e0/3", "Gi0/2.5", "Se0/0",
                "Gi0/2.40", "Gi0/2.100", "Gi1", "Gi0/0/1", "Lo20000", "Lo9", "Lo10"}) {
            names.add(InterfaceName.parse(text));
        }
        java.util.Collections.sort(names);
        assertEquals("[Ethernet0/3, Ethernet1/0, GigabitEthernet0/0/1, GigabitEthernet0/2, GigabitEthernet0/2.5,"
                + " GigabitEthernet0/2.40, GigabitEthernet0/2.100, GigabitEthernet0/10, GigabitEthernet1, Serial0/0,"
                + " Loopback0, Loopback9, Loopback10, Loopback20000]",
                names.toString());
    }
}
