package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.sim.Kernel;

class PortLayoutTest {
    private final Lab lab = new Lab("layouts", new Kernel(1));

    private static List<String> names(Router router) {
        return router.interfaces().stream().map(each -> each.name().shortName()).toList();
    }

    @Test
    void iolHasFourEthernetPortsASlotAndGrowsBySlot() {
        Router a = lab.addRouter("a", PortLayout.IOL);
        Router b = lab.addRouter("b", PortLayout.IOL);
        assertEquals(List.of("Et0/0", "Et0/1", "Et0/2", "Et0/3"), names(a));
        lab.connect(a, InterfaceName.parse("e1/2"), b, InterfaceName.parse("e0/1"));
        assertEquals(List.of("Et0/0", "Et0/1", "Et0/2", "Et0/3", "Et1/0", "Et1/1", "Et1/2", "Et1/3"), names(a));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> lab.connect(a, InterfaceName.parse("Gi0/1"), b, InterfaceName.parse("e0/2")));
        assertTrue(refused.getMessage().contains("a has no GigabitEthernet0/1 (it has Ethernet0/0 to Ethernet15/3"),
                refused.getMessage());
    }

    @Test
    void csrNumbersItsPortsFromOne() {
        Router csr = lab.addRouter("csr", PortLayout.CSR);
        assertEquals(List.of("Gi1", "Gi2", "Gi3", "Gi4"), names(csr));
        assertNull(csr.enterInterface(InterfaceName.parse("Gi0/0")));
        assertNotNull(csr.enterInterface(InterfaceName.parse("Gi2")));
    }

    @Test
    void unnamedHardwareHasThePortsItsConfigurationNames() {
        Router old = lab.addRouter("c7200", PortLayout.ANY_HARDWARE);
        assertEquals(List.of(), names(old));
        assertNotNull(old.enterInterface(InterfaceName.parse("Serial1/0")));
        assertNotNull(old.enterInterface(InterfaceName.parse("FastEthernet0/0")));
        assertEquals(List.of("Fa0/0", "Se1/0"), names(old));
        assertEquals(InterfaceStatus.ADMINISTRATIVELY_DOWN, old.interfaceNamed(InterfaceName.parse("Se1/0")).status());
    }

    @Test
    void portChannelIsCreatedDownUntilMembersAreBundled() {
        Router r = lab.addRouter("r");
        Interface bundle = r.enterInterface(InterfaceName.parse("Port-channel1"));
        assertEquals(InterfaceStatus.DOWN, bundle.status());
        assertTrue(r.removeLoopback(bundle.name()));
        assertNull(r.enterInterface(InterfaceName.parse("Po1.10")), "a subinterface needs its main interface");
        assertEquals(InterfaceStatus.DOWN, r.enterInterface(InterfaceName.parse("Gi0/0.10")).status(),
                "down with its parent, shut as IOS ships its ports");
    }
}
