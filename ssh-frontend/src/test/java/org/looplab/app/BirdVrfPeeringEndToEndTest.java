package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BIRD 2 peering with r1 of topologies/host-peering inside a VRF: r1's Gi0/2 (the cable to the host
 * speaker) moves to VRF CUST and the session to 10.0.99.2 to {@code address-family ipv4 vrf CUST}, so its
 * TCP runs in that VRF. BIRD's route lands in CUST's table only, and BIRD hears CUST's prefix, never the
 * global table's.
 */
class BirdVrfPeeringEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String R1_IN_VRF = """
            vrf definition CUST
             rd 65000:99
             !
             address-family ipv4
             exit-address-family
            !
            interface GigabitEthernet0/2
             vrf forwarding CUST
             ip address 10.0.99.1 255.255.255.252
             no shutdown
            !
            interface Loopback9
             vrf forwarding CUST
             ip address 172.31.9.1 255.255.255.0
            !
            router bgp 65000
             no neighbor 10.0.99.2
             !
             address-family ipv4 vrf CUST
              network 172.31.9.0 mask 255.255.255.0
              neighbor 10.0.99.2 remote-as 65100
             exit-address-family
            !
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void needsBird() {
        ExternalTool.require(ExternalTool.onPath("bird") && ExternalTool.onPath("birdc"), "BIRD 2 (Debian package bird2)");
    }

    @Test
    void routesStayInTheVrfBothWays() throws Exception {
        try (HostPeeringLab lab = HostPeeringLab.start(folder, R1_IN_VRF);
             BirdPeeringEndToEndTest.Bird bird = BirdPeeringEndToEndTest.Bird.start(folder, lab.speakerPort, lab.bgpPort)) {
            HostPeeringLab.await(WAIT, () -> bird.established("r1")
                    && lab.cli("r1", "show ip bgp vpnv4 vrf CUST 172.16.7.0").contains("10.0.99.2 from 10.0.99.2"),
                    () -> bird.run("show", "protocols", "all") + lab.cli("r1", "show ip bgp vpnv4 vrf CUST summary")
                            + lab.cli("r1", "show running-config | section bgp") + lab.notices + bird.log());
            String neighbor = lab.cli("r1", "show ip bgp vpnv4 vrf CUST neighbors 10.0.99.2");
            assertTrue(neighbor.startsWith("BGP neighbor is 10.0.99.2,  vrf CUST,  remote AS 65100, external link"), neighbor);
            assertTrue(neighbor.contains("remote router ID 10.255.0.2"), neighbor);
            assertTrue(lab.cli("r1", "show ip route vrf CUST bgp").contains("172.16.7.0 [20/0] via 10.0.99.2"),
                    lab.cli("r1", "show ip route vrf CUST bgp"));
            assertFalse(lab.cli("r1", "show ip bgp").contains("172.16.7.0"), "not in r1's global BGP table");
            assertFalse(lab.cli("r2", "show ip bgp").contains("172.16.7.0"), "not passed on by iBGP");

            // lab -> host: CUST's prefix, with r1's address in the VRF as next hop; no global prefix.
            HostPeeringLab.await(WAIT, () -> bird.run("show", "route", "protocol", "r1", "all").contains("172.31.9.0/24"),
                    () -> bird.run("show", "route", "all")
                            + lab.cli("r1", "show ip bgp vpnv4 vrf CUST neighbors 10.0.99.2 advertised-routes"));
            String fromR1 = bird.run("show", "route", "protocol", "r1", "all");
            assertTrue(fromR1.contains("BGP.next_hop: 10.0.99.1"), fromR1);
            assertFalse(fromR1.contains("192.168."), "the global table's prefixes stay out of the VRF: " + fromR1);
        }
    }
}
