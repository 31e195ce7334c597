package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * The router kinds boot with containerlab's management VRF: eth0 (E0/0, Gi0/0, Gi1) in clab-mgmt, every line
 * of the default config modelled, and the management port's routes outside the global table.
 */
class ManagementVrfTest {
    @Test
    void everyRouterKindPutsItsManagementPortInTheVrf() {
        for (NodeKind kind : new NodeKind[] {NodeKind.IOL, NodeKind.IOSV, NodeKind.CSR}) {
            Router router = new Lab("t", new Kernel(1)).addRouter("r1", kind.layout());
            ConfigLoader.Report report = ConfigLoader.load(router, kind.defaultConfig("r1"));
            assertEquals(0, report.refused(), kind + ": " + report.warnings());
            assertEquals(0, report.kept(), kind + " default config is all modelled");
            InterfaceName management = kind.port("eth0");
            assertEquals(NodeKind.MANAGEMENT_VRF, router.interfaceNamed(management).vrf(), kind.toString());
        }
    }

    @Test
    void aPartialConfigAddressesTheManagementPortInsideTheVrf() {
        // A gateway cabled to the management port stands for containerlab's management network.
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("t", kernel);
        Router router = lab.addRouter("r1", NodeKind.IOL.layout());
        Router gateway = lab.addRouter("gw");
        lab.connect(router, InterfaceName.of(InterfaceName.Type.ETHERNET, 0, 0), gateway, InterfaceName.gigabitEthernet(0));
        ConfigLoader.apply(gateway, "interface GigabitEthernet0/0\n ip address 172.20.20.1 255.255.255.0\n");
        ConfigLoader.Report report = ConfigLoader.load(router, NodeKind.IOL.defaultConfig("r1") + """
                interface Ethernet0/0
                 ip address 172.20.20.2 255.255.255.0
                ip route vrf clab-mgmt 0.0.0.0 0.0.0.0 172.20.20.1
                """);
        assertEquals(0, report.refused(), report.warnings().toString());
        kernel.runUntilIdle();
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        String vrfs = session.execute("show vrf");
        assertTrue(vrfs.contains("  clab-mgmt                        <not set>             ipv4,ipv6   Et0/0\n"), vrfs);
        assertTrue(session.execute("show ip route vrf clab-mgmt").contains("S*    0.0.0.0/0 [1/0] via 172.20.20.1\n"));
        assertNull(router.rib().get(org.looplab.net.Ipv4Prefix.DEFAULT_ROUTE), "the management default stays in its VRF");
        assertTrue(session.execute("show running-config").contains("""
                interface Ethernet0/0
                 description clab-mgmt
                 vrf forwarding clab-mgmt
                 ip address 172.20.20.2 255.255.255.0
                """));
    }
}
