package org.looplab.acl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

/** Interface access lists in the data plane: received and forwarded packets, counters, unreachables. */
class AccessListFilterTest {
    private LineLab line;

    @BeforeEach
    void line() {
        line = new LineLab(5, 1_000_000, 1_000_000).withEndStatics();
    }

    private PingResult ping(Router from, String destination) {
        PingResult[] result = new PingResult[1];
        PingSession.start(from, Ipv4Address.of(destination), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                done -> result[0] = done);
        line.kernel.runUntilIdle();
        assertNotNull(result[0]);
        return result[0];
    }

    private static AddressMatch host(String address) {
        return AddressMatch.host(Ipv4Address.of(address));
    }

    @Test
    void anInboundListOnTheTransitRouterDropsWithAdministrativelyProhibited() {
        AccessLists acls = AccessLists.of(line.r2);
        AccessList list = acls.listOrCreate("101", true);
        list.add(AclEntry.extended(0, false, AclProtocol.ICMP, AddressMatch.ANY, null, host("10.0.0.3"), null,
                IcmpMatch.named("echo"), false, true));
        list.add(AclEntry.extended(0, true, AclProtocol.IP, AddressMatch.ANY, null, AddressMatch.ANY, null, null,
                false, false));
        acls.setAccessGroup(LineLab.GI0, true, "101");
        // Unreachables are rate limited to one per 500 ms, as for a missing route: U.U.U
        assertEquals("U.U.U", ping(line.r1, "10.0.0.3").marks());
        assertEquals(5, list.rules().get(0).matches());
        assertEquals("!!!!!", ping(line.r1, "10.0.0.2").marks(), "the router's own address is still permitted");
        assertTrue(list.rules().get(1).matches() >= 5);
        assertEquals(1, line.r2.log().messages().stream().filter(m -> m.text().equals(
                "%SEC-6-IPACCESSLOGDP: list 101 denied icmp 10.0.12.1 -> 10.0.0.3 (8/0), 1 packet")).count(),
                "the first packet of the flow is logged, the next ones wait for the five-minute summary");
    }

    @Test
    void noIpUnreachablesMakesTheDropSilent() {
        AccessLists acls = AccessLists.of(line.r2);
        acls.listOrCreate("BLOCK", false).add(AclEntry.standard(0, false, host("10.0.12.1"), false));
        acls.setAccessGroup(LineLab.GI1, false, "BLOCK");
        assertEquals("U.U.U", ping(line.r1, "10.0.0.3").marks());
        line.r2.interfaceNamed(LineLab.GI0).setSendsUnreachables(false);
        assertEquals(".....", ping(line.r1, "10.0.0.3").marks());
        assertEquals("!!!!!", ping(line.r1, "10.0.0.2").marks(), "an outbound list leaves packets to the router alone");
    }

    @Test
    void entriesMatchPortsOperatorsAndEstablished() {
        AclEntry ssh = AclEntry.extended(10, true, AclProtocol.TCP, AddressMatch.ANY, null,
                new AddressMatch(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.0.0.255")), PortMatch.of(PortMatch.Operator.EQ, 22),
                null, false, false);
        assertTrue(ssh.matches(tcp("10.9.9.9", "10.0.0.3", 11000, 22, false)));
        assertFalse(ssh.matches(tcp("10.9.9.9", "10.0.1.3", 11000, 22, false)));
        assertFalse(ssh.matches(tcp("10.9.9.9", "10.0.0.3", 11000, 23, false)));
        AclEntry high = AclEntry.extended(20, true, AclProtocol.TCP, AddressMatch.ANY,
                new PortMatch(PortMatch.Operator.RANGE, 1024, 65535), AddressMatch.ANY, null, null, true, false);
        assertTrue(high.matches(tcp("1.1.1.1", "2.2.2.2", 2000, 80, true)));
        assertFalse(high.matches(tcp("1.1.1.1", "2.2.2.2", 2000, 80, false)), "established wants ACK or RST");
        assertFalse(high.matches(tcp("1.1.1.1", "2.2.2.2", 80, 80, true)));
        assertEquals("permit tcp any range 1024 65535 any established", high.ruleText());
        assertEquals("permit tcp any 10.0.0.0 0.0.0.255 eq 22", ssh.ruleText());
        assertEquals("permit tcp any eq www host 10.1.1.1 gt 1023", AclEntry.extended(1, true, AclProtocol.TCP,
                AddressMatch.ANY, PortMatch.of(PortMatch.Operator.EQ, 80), host("10.1.1.1"),
                PortMatch.of(PortMatch.Operator.GT, 1023), null, false, false).ruleText());
        assertEquals("deny   10.0.10.0, wildcard bits 0.255.0.255 log", AclEntry.standard(1, false,
                new AddressMatch(Ipv4Address.of("10.0.10.0"), Ipv4Address.of("0.255.0.255")), true).showText());
    }

    @Test
    void sequenceNumbersRemarksAndRemoval() {
        AccessList list = new AccessList("MGMT", false);
        list.addRemark("NOC");
        list.add(AclEntry.standard(0, true, host("10.0.0.1"), false));
        list.add(AclEntry.standard(0, true, host("10.0.0.2"), false));
        list.add(AclEntry.standard(15, false, host("10.0.0.9"), false));
        assertEquals("% Duplicate sequence number", list.add(AclEntry.standard(15, false, host("10.0.0.8"), false)));
        assertEquals(java.util.List.of(10, 15, 20), list.rules().stream().map(AclEntry::sequence).toList());
        assertTrue(list.removeSequence(15));
        assertTrue(list.removeRule(AclEntry.standard(0, true, host("10.0.0.2"), false)));
        assertEquals(2, list.lines().size());
        assertFalse(list.permits(PacketFields.connection(Ipv4Address.of("10.0.0.7"), Ipv4Address.of("10.0.0.3"), 22)));
        assertTrue(list.permits(PacketFields.connection(Ipv4Address.of("10.0.0.1"), Ipv4Address.of("10.0.0.3"), 22)));
    }

    private static PacketFields tcp(String from, String to, int sport, int dport, boolean ack) {
        return new PacketFields(AclProtocol.TCP, Ipv4Address.of(from), Ipv4Address.of(to), sport, dport, -1, -1, ack);
    }
}
