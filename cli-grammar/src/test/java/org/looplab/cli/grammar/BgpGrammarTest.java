package org.looplab.cli.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.AggregateAddress;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.BestpathOption;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpConfig;
import org.looplab.bgp.BgpNetwork;
import org.looplab.bgp.NeighborConfig;
import org.looplab.bgp.NeighborSetting;
import org.looplab.bgp.Redistribution;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.config.Type7;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Batfish-style: each BGP testconfig loads without a warning into the typed configuration it says. */
class BgpGrammarTest {
    static String testconfig(String file) throws IOException {
        try (InputStream in = BgpGrammarTest.class.getResourceAsStream("/org/looplab/cli/config/testconfigs/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Router load(String file) throws IOException {
        Router router = new Lab("t", new Kernel(1)).addRouter("r1");
        assertEquals(List.of(), ConfigLoader.apply(router, testconfig(file)));
        return router;
    }

    private static Ipv4Prefix prefix(String address, int length) {
        return new Ipv4Prefix(Ipv4Address.of(address), length);
    }

    @Test
    void classicFormIsTypedAndWrittenBackAsTyped() throws IOException {
        Router router = load("bgp-classic.cfg");
        BgpConfig bgp = Bgp.of(router).config();
        assertEquals(new AsNumber(65000), bgp.asNumber());
        assertEquals(Ipv4Address.of("10.0.0.1"), bgp.configuredRouterId());
        assertEquals(Ipv4Address.of("10.0.0.100"), bgp.clusterId());
        assertFalse(bgp.fastExternalFallover());
        assertTrue(bgp.logNeighborChanges());
        for (BestpathOption option : BestpathOption.values()) {
            assertTrue(bgp.bestpath(option), option.line());
        }
        assertEquals(150, bgp.defaultLocalPreference());
        assertEquals(10, bgp.keepalive());
        assertEquals(30, bgp.holdTime());
        assertEquals(List.of(new BgpNetwork(prefix("10.0.0.1", 32), null), new BgpNetwork(prefix("192.168.1.0", 24), null),
                new BgpNetwork(prefix("172.16.1.0", 24), "ORIGINATE")), bgp.networks());
        assertEquals(List.of(new AggregateAddress(prefix("10.0.0.0", 8), true, true)), bgp.aggregates());
        assertEquals(List.of(new Redistribution(Redistribution.Source.CONNECTED, 0, null, "CONNECTED"),
                new Redistribution(Redistribution.Source.STATIC, 0, 20L, null),
                new Redistribution(Redistribution.Source.OSPF, 1, null, null)), bgp.redistributions());
        assertEquals(4, bgp.maximumPaths());
        assertEquals(2, bgp.maximumPathsIbgp());

        NeighborConfig group = bgp.peerGroup("IBGP");
        assertEquals(new AsNumber(65000), group.own(NeighborSetting.REMOTE_AS));
        NeighborConfig member = bgp.neighbor(Ipv4Address.of("10.0.0.3"));
        assertEquals(group, member.group());
        assertNull(member.own(NeighborSetting.REMOTE_AS));
        assertEquals(new AsNumber(65000), member.effective(NeighborSetting.REMOTE_AS, null));
        assertEquals(InterfaceName.loopback(0), member.effective(NeighborSetting.UPDATE_SOURCE, null));
        assertTrue(member.isOn(NeighborSetting.ROUTE_REFLECTOR_CLIENT));
        assertTrue(member.isOn(NeighborSetting.NEXT_HOP_SELF));

        NeighborConfig ebgp = bgp.neighbor(Ipv4Address.of("10.0.12.2"));
        assertTrue(ebgp.isOn(NeighborSetting.SHUTDOWN));
        assertEquals("eBGP to AS 65001 (link)", ebgp.own(NeighborSetting.DESCRIPTION));
        assertEquals("cisco", Type7.decode(ebgp.own(NeighborSetting.PASSWORD)));
        assertEquals(2, ebgp.own(NeighborSetting.EBGP_MULTIHOP));
        assertEquals(List.of(20, 60), ebgp.own(NeighborSetting.TIMERS));
        assertEquals(NeighborSetting.SendCommunity.STANDARD, ebgp.own(NeighborSetting.SEND_COMMUNITY));
        assertEquals(3, ebgp.own(NeighborSetting.ALLOWAS_IN));
        assertEquals(200, ebgp.own(NeighborSetting.WEIGHT));
        assertEquals("FROM-AS65001", ebgp.own(NeighborSetting.PREFIX_LIST_IN));
        assertEquals("RM-OUT", ebgp.own(NeighborSetting.ROUTE_MAP_OUT));
        assertEquals(1000L, ebgp.own(NeighborSetting.MAXIMUM_PREFIX));
        assertTrue(bgp.isActivated(ebgp));

        NeighborConfig asdot = bgp.neighbor(Ipv4Address.of("10.0.99.9"));
        assertEquals(new AsNumber(65546), asdot.own(NeighborSetting.REMOTE_AS));
        assertFalse(bgp.isActivated(asdot));
        assertFalse(bgp.addressFamilyForm());

        String written = RunningConfigWriter.render(router);
        String block = written.substring(written.indexOf("router bgp"), written.indexOf("!\n", written.indexOf("router bgp")));
        String typed = testconfig("bgp-classic.cfg");
        assertEquals(typed.substring(typed.indexOf("router bgp"), typed.indexOf("!\n", typed.indexOf("router bgp")))
                .replace(" neighbor 10.0.99.9 remote-as 1.10", " neighbor 10.0.99.9 remote-as 65546"), block);
    }

    @Test
    void addressFamilyFormWithFourByteAs() throws IOException {
        Router router = load("bgp-address-family.cfg");
        BgpConfig bgp = Bgp.of(router).config();
        assertEquals(4_200_000_000L, bgp.asNumber().value());
        assertFalse(bgp.defaultIpv4Unicast());
        assertTrue(bgp.addressFamilyForm());
        assertTrue(bgp.isActivated(bgp.neighbor(Ipv4Address.of("10.0.0.1"))));
        assertTrue(bgp.isActivated(bgp.neighbor(Ipv4Address.of("10.0.0.5"))));
        assertFalse(bgp.isActivated(bgp.neighbor(Ipv4Address.of("10.0.0.9"))), "no activate without the default");
        assertEquals(255, bgp.neighbor(Ipv4Address.of("10.0.0.5")).own(NeighborSetting.EBGP_MULTIHOP));
        assertEquals(4, bgp.maximumPathsIbgp());
        String written = RunningConfigWriter.render(router);
        String typed = testconfig("bgp-address-family.cfg");
        assertEquals(typed.substring(typed.indexOf("router bgp"), typed.indexOf("\nend") + 1),
                written.substring(written.indexOf("router bgp"), written.indexOf("!\n", written.indexOf("exit-address-family")) + 2));
    }
}
