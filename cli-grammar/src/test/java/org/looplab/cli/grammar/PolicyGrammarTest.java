package org.looplab.cli.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.Communities;
import org.looplab.policy.RouteMapEntry;
import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;
import org.looplab.router.Router;

/** Batfish-style: the policy testconfig loads without a warning into the typed policies and back. */
class PolicyGrammarTest {
    private static final long C100 = 65000L << 16 | 100;

    @Test
    void policiesAreTypedAndWrittenBackAsTyped() throws IOException {
        Router router = BgpGrammarTest.load("policy.cfg");
        RoutingPolicies policies = RoutingPolicies.of(router);
        assertTrue(policies.communityNewFormat());
        assertTrue(policies.communityList("1").permits(List.of(C100)));
        assertFalse(policies.communityList("1").permits(List.of(Communities.NO_EXPORT, 65000L << 16 | 200)));
        assertTrue(policies.communityList("CUSTOMERS").permits(List.of(65000L << 16 | 300, Communities.LOCAL_AS)));
        assertTrue(policies.asPathAccessList(1).permits(""));
        assertFalse(policies.asPathAccessList(1).permits("65000 65001"));
        assertTrue(policies.asPathAccessList(20).permits("65002 65002"));
        assertEquals("what AS 65001 may send us", policies.prefixList("FROM-AS65001").description());
        assertFalse(policies.prefixList("FROM-AS65001").permits(new Ipv4Prefix(Ipv4Address.of("10.1.0.0"), 16)));
        assertTrue(policies.prefixList("FROM-AS65001").permits(new Ipv4Prefix(Ipv4Address.of("192.168.0.0"), 16)));
        assertTrue(policies.prefixList("LOOPBACKS").permits(new Ipv4Prefix(Ipv4Address.of("10.0.0.7"), 32)));

        List<RouteMapEntry> entries = policies.routeMap("RM-IN").entries();
        assertEquals(2, entries.size());
        assertEquals(List.of(new RouteMapMatch.PrefixList(List.of("LOOPBACKS", "FROM-AS65001")),
                new RouteMapMatch.Community(List.of("1", "CUSTOMERS"), true), new RouteMapMatch.AsPath(List.of(1, 20))),
                entries.get(0).matches());
        assertEquals(List.of(new RouteMapSet.Metric(50), new RouteMapSet.SetOrigin(Origin.IGP),
                new RouteMapSet.AsPathPrepend(List.of(new AsNumber(65000), new AsNumber(65000))),
                new RouteMapSet.LocalPreference(200), new RouteMapSet.Weight(100),
                new RouteMapSet.Community(List.of(65000L << 16 | 1, Communities.NO_EXPORT), true),
                new RouteMapSet.IpNextHop(Ipv4Address.of("10.0.12.2"))), entries.get(0).sets());
        assertFalse(entries.get(1).permit());
        assertEquals(List.of(new RouteMapSet.Community(List.of(), false)), policies.routeMap("RM-OUT").entry(10).sets());

        String written = RunningConfigWriter.render(router);
        String typed = BgpGrammarTest.testconfig("policy.cfg");
        int from = typed.indexOf("ip bgp-community");
        assertEquals(typed.substring(from, typed.indexOf("\nend") + 1),
                written.substring(written.indexOf("ip bgp-community"), written.indexOf("line con 0")));
    }
}
