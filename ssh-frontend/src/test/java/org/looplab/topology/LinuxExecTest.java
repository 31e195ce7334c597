package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A linux node's exec lines read as iproute2 reads them; the rest is listed as not run. */
class LinuxExecTest {
    @Test
    void addressesRoutesAndForwardingBecomeTheHostsSettings() {
        LinuxExec exec = LinuxExec.of(List.of(
                "ip link set dev eth2 up",
                "ip -4 addr add 10.0.1.2/24 dev eth1",
                "sudo ip address add 10.0.2.2/24 dev eth2",
                "ip route add 10.9.0.0/16 dev eth2",
                "ip route add default via 10.0.1.1",
                "ip route replace default via 10.0.2.1 dev eth2",
                "sysctl -w net.ipv4.ip_forward=1",
                "ip addr add 10.0.3.2/24 dev eth1",
                "ip addr add 10.0.4.2/24 dev bond0",
                "ip -6 addr add 2001:db8::2/64 dev eth1",
                "iperf3 -s -D"));
        assertTrue(exec.forwarding());
        assertEquals("eth1 10.0.1.2/24, eth2 10.0.2.2/24, 10.9.0.0/16 dev eth2, default via 10.0.2.1 dev eth2, ip_forward=1",
                exec.summary());
        assertEquals("""
                interface GigabitEthernet0/1
                 ip address 10.0.1.2 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/2
                 ip address 10.0.2.2 255.255.255.0
                 no shutdown
                ip route 10.9.0.0 255.255.0.0 GigabitEthernet0/2
                ip route 0.0.0.0 0.0.0.0 GigabitEthernet0/2 10.0.2.1
                """, exec.config());
        assertEquals(List.of(
                "ip addr add 10.0.3.2/24 dev eth1  (a second address on a port is not simulated)",
                "ip addr add 10.0.4.2/24 dev bond0  (only ports eth0 to eth15 are simulated)",
                "ip -6 addr add 2001:db8::2/64 dev eth1",
                "iperf3 -s -D"), exec.notRun());
    }

    @Test
    void aHostForwardsNothingByDefaultAndAddTwiceFails() {
        LinuxExec exec = LinuxExec.of(List.of("ip route add default via 10.0.1.1", "ip route add default via 10.0.1.9",
                "ip route del default", "ip route add default via 10.0.1.254"));
        assertFalse(exec.forwarding());
        assertEquals("default via 10.0.1.254", exec.summary());
        assertEquals(List.of("ip route add default via 10.0.1.9  (RTNETLINK answers: File exists)"), exec.notRun());
        assertEquals("no address (its exec lines configure none)", LinuxExec.of(List.of()).summary());
    }

    @Test
    void dottedNetmasksAndNetToolsRoutesAsCmlDesktopScriptsWriteThem() {
        LinuxExec exec = LinuxExec.of(List.of(
                "ip address add 192.168.2.2/255.255.255.0 dev eth0",
                "route add default gw 192.168.2.1 eth0",
                "route add -net 10.0.0.0 netmask 255.0.0.0 gw 192.168.2.254",
                "ip addr add 10.9.9.9/255.0.255.0 dev eth1"));
        assertEquals("eth0 192.168.2.2/24, default via 192.168.2.1 dev eth0, 10.0.0.0/8 via 192.168.2.254", exec.summary());
        assertEquals(List.of("ip addr add 10.9.9.9/255.0.255.0 dev eth1  (not a prefix length)"), exec.notRun());
    }
}
