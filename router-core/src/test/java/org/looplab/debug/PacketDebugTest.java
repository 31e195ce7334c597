package org.looplab.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.acl.AccessLists;
import org.looplab.acl.AclEntry;
import org.looplab.acl.AddressMatch;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

/**
 * {@code debug ip packet [ACL] [detail]} and {@code debug ip icmp}: the lines each router logs as a ping
 * crosses r1 - r2 - r3, on the virtual clock.
 */
class PacketDebugTest {
    private final LineLab line = new LineLab(7, 1_000_000, 1_000_000).withEndStatics();

    private static List<String> capture(Router router) {
        List<String> lines = new ArrayList<>();
        router.log().addListener(message -> lines.add(message.text()));
        return lines;
    }

    private void ping(Router from, String destination) {
        PingSession.start(from, Ipv4Address.of(destination), null, 1, PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
    }

    @Test
    void aPingAsEachRouterOnItsPathSeesIt() {
        List<String> r1 = capture(line.r1);
        List<String> r2 = capture(line.r2);
        List<String> r3 = capture(line.r3);
        line.r1.debugging().packetOn(null, false);
        line.r1.debugging().set(DebugFlag.IP_ICMP, true);
        line.r2.debugging().packetOn(null, true);
        line.r3.debugging().set(DebugFlag.IP_ICMP, true);
        ping(line.r1, "10.0.23.3");
        assertEquals(List.of(
                "IP: s=10.0.12.1 (local), d=10.0.23.3 (GigabitEthernet0/0), len 100, sending",
                "IP: s=10.0.23.3 (GigabitEthernet0/0), d=10.0.12.1 (GigabitEthernet0/0), len 100, rcvd 3",
                "ICMP: echo reply rcvd, src 10.0.23.3, dst 10.0.12.1, topology BASE, dscp 0 topoid 0"), r1);
        assertEquals(List.of(
                "IP: s=10.0.12.1 (GigabitEthernet0/0), d=10.0.23.3 (GigabitEthernet0/1), g=10.0.23.3, len 100, forward",
                "    ICMP type=8, code=0",
                "IP: s=10.0.23.3 (GigabitEthernet0/1), d=10.0.12.1 (GigabitEthernet0/0), g=10.0.12.1, len 100, forward",
                "    ICMP type=0, code=0"), r2);
        assertEquals(List.of(
                "ICMP: echo reply sent, src 10.0.23.3, dst 10.0.12.1, topology BASE, dscp 0 topoid 0"), r3);
    }

    @Test
    void anAccessListChoosesThePacketsAndCountsNone() {
        List<String> r2 = capture(line.r2);
        AccessLists.of(line.r2).listOrCreate("10", false)
                .add(AclEntry.standard(10, true, AddressMatch.host(Ipv4Address.of("10.0.12.1")), false));
        line.r2.debugging().packetOn("10", false);
        ping(line.r1, "10.0.23.3");
        assertEquals(List.of(
                "IP: s=10.0.12.1 (GigabitEthernet0/0), d=10.0.23.3 (GigabitEthernet0/1), g=10.0.23.3, len 100, forward"), r2,
                "the reply's source is not in list 10");
        assertEquals(0, AccessLists.of(line.r2).list("10").rules().get(0).matches(), "debug's filter counts nothing");
    }

    @Test
    void withoutARouteUnroutableAndTheUnreachableSent() {
        List<String> r1 = capture(line.r1);
        List<String> r2 = capture(line.r2);
        line.r1.debugging().set(DebugFlag.IP_ICMP, true);
        line.r2.debugging().packetOn(null, false);
        line.r2.debugging().set(DebugFlag.IP_ICMP, true);
        ping(line.r1, "192.0.2.1");
        assertEquals(List.of(
                "IP: s=10.0.12.1 (GigabitEthernet0/0), d=192.0.2.1, len 100, unroutable",
                "ICMP: dst (192.0.2.1) host unreachable sent to 10.0.12.1",
                "IP: s=10.0.12.2 (local), d=10.0.12.1 (GigabitEthernet0/0), len 56, sending"), r2);
        assertEquals(List.of("ICMP: dst (10.0.12.1) host unreachable rcv from 10.0.12.2"), r1);

        // r3 has no route back to 192.0.2.0: its own packet names its first address that is up.
        List<String> r3 = capture(line.r3);
        line.r3.debugging().packetOn(null, false);
        ping(line.r3, "192.0.2.1");
        assertEquals(List.of("IP: s=10.0.23.3 (local), d=192.0.2.1, len 100, unroutable"), r3);
    }

    @Test
    void offEverythingStaysQuiet() {
        List<String> r2 = capture(line.r2);
        line.r2.debugging().packetOn(null, false);
        line.r2.debugging().allOff();
        ping(line.r1, "10.0.23.3");
        assertEquals(List.of(), r2);
        assertEquals(false, line.r2.debugging().watchesPackets());
    }
}
