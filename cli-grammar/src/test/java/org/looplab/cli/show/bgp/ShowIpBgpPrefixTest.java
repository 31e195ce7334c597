package org.looplab.cli.show.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.looplab.cli.show.bgp.BgpViews.external;
import static org.looplab.cli.show.bgp.BgpViews.internal;
import static org.looplab.cli.show.bgp.BgpViews.ip;
import static org.looplab.cli.show.bgp.BgpViews.local;
import static org.looplab.cli.show.bgp.BgpViews.prefix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.Origin;

/** {@code show ip bgp PREFIX}, in IOS 15's layout (indentation as in real IOS captures). */
class ShowIpBgpPrefixTest {
    @Test
    void twoPathsTheFirstBestWithRouteReflectionAttributes() {
        BgpPathDetailView viaRr = new BgpPathDetailView(internal("192.168.2.0/24", true, "10.0.0.2", 0, 100, Origin.IGP),
                ip("10.0.0.3"), ip("3.3.3.3"), 20L, true, false, false, List.of("65000:100", "no-export"), ip("2.2.2.2"),
                List.of(ip("3.3.3.3")));
        BgpPathDetailView ebgp = new BgpPathDetailView(external("192.168.2.0/24", false, "10.0.12.2", null,
                Origin.INCOMPLETE, 65002, 65003), ip("10.0.12.2"), ip("22.22.22.22"), null, true, false, true, List.of(),
                null, List.of());
        assertEquals("""
                BGP routing table entry for 192.168.2.0/24, version 3
                Paths: (2 available, best #1, table default)
                  Advertised to update-groups:
                     1          2        \s
                  Refresh Epoch 1
                  Local
                    10.0.0.2 (metric 20) from 10.0.0.3 (3.3.3.3)
                      Origin IGP, metric 0, localpref 100, valid, internal, best
                      Community: 65000:100 no-export
                      Originator: 2.2.2.2, Cluster list: 3.3.3.3
                      rx pathid: 0, tx pathid: 0x0
                  Refresh Epoch 1
                  65002 65003, (received & used)
                    10.0.12.2 from 10.0.12.2 (22.22.22.22)
                      Origin incomplete, localpref 100, valid, external
                      rx pathid: 0, tx pathid: 0
                """, ShowIpBgpPrefix.render(new BgpPrefixView(prefix("192.168.2.0/24"), 3, List.of(viaRr, ebgp),
                List.of(1, 2), false)));
    }

    @Test
    void aLocalPathAndARibFailure() {
        BgpPathDetailView sourced = new BgpPathDetailView(local("10.1.1.1/32", 0L), ip("0.0.0.0"), ip("1.1.1.1"), null,
                true, false, false, List.of(), null, List.of());
        assertEquals("""
                BGP routing table entry for 10.1.1.1/32, version 2
                Paths: (1 available, best #1, table default)
                  Not advertised to any peer
                  Refresh Epoch 1
                  Local
                    0.0.0.0 from 0.0.0.0 (1.1.1.1)
                      Origin IGP, metric 0, localpref 100, weight 32768, valid, sourced, best
                      rx pathid: 0, tx pathid: 0x0
                """, ShowIpBgpPrefix.render(new BgpPrefixView(prefix("10.1.1.1/32"), 2, List.of(sourced), List.of(),
                false)));
        BgpPathDetailView failed = new BgpPathDetailView(new BgpPathView(prefix("10.2.2.2/32"), BgpPathStatus.RIB_FAILURE,
                true, false, true, ip("10.2.2.2"), 0L, 100L, 0, List.of(), Origin.IGP), ip("10.2.2.2"), ip("2.2.2.2"),
                null, true, false, false, List.of(), null, List.of());
        String shown = ShowIpBgpPrefix.render(new BgpPrefixView(prefix("10.2.2.2/32"), 4, List.of(failed), List.of(),
                false));
        assertEquals("Paths: (1 available, best #1, table default, RIB-failure(17))", shown.lines().toList().get(1));
        assertEquals("% Network not in table\n", ShowIpBgpPrefix.NOT_IN_TABLE);
    }
}
