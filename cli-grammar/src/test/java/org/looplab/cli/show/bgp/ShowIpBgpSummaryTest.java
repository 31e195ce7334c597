package org.looplab.cli.show.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.looplab.cli.show.bgp.BgpViews.ip;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.AsNumber;
import org.looplab.cli.show.TextFsmCheck;

/** {@code show ip bgp summary} and its variants, against real IOS samples and the TextFSM template. */
class ShowIpBgpSummaryTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long DAY = 86_400 * SECOND;
    private static final long NOW = 1000 * DAY;

    private static BgpSummaryNeighborView up(String address, long as, long rcvd, long sent, long version, long upNanos,
            long prefixes) {
        return new BgpSummaryNeighborView(ip(address), new AsNumber(as), rcvd, sent, version, 0, 0, NOW - upNanos,
                BgpSessionState.ESTABLISHED, prefixes);
    }

    @Test
    void reproducesTheLargeIosSample() throws Exception {
        BgpMemoryView memory = new BgpMemoryView(566019, 140372712, 4478571, 501599952, 0, 0, 448860, 89167, 100544640,
                78, 3120, 208442, 10129234, 1790, 180118, 30, 976, 1015, 64960, 0, 0, 1121781);
        List<BgpSummaryNeighborView> neighbors = List.of(
                up("10.0.0.1", 65000, 2746767, 2396274, 512185206, 21 * DAY, 558720),
                up("10.0.0.2", 65001, 2855873, 2409742, 512185206, 21 * DAY, 558720),
                up("10.0.0.3", 65002, 695143, 689871, 512185203, 435 * DAY, 0),
                up("10.0.0.4", 65003, 1030294, 1220041, 512185206, 715 * DAY, 1351),
                up("10.0.0.5", 65004, 26552304, 14931352, 512185206, 138 * DAY, 558720),
                up("10.0.0.6", 65005, 26532908, 14931123, 512185206, 138 * DAY, 558720),
                up("10.0.0.7", 65006, 12245684, 9181569, 512185203, 435 * DAY, 82),
                up("10.0.0.8", 65007, 12250936, 9181571, 512185203, 435 * DAY, 82),
                up("10.0.0.9", 65008, 222146, 14368489, 512185203, 154 * DAY, 0),
                new BgpSummaryNeighborView(ip("10.0.0.10"), new AsNumber(65009), 26930508, 942614, 512185203, 0, 0,
                        NOW - 435 * DAY, BgpSessionState.IDLE_ADMIN, 0));
        BgpSummaryView view = new BgpSummaryView(ip("10.0.0.0"), new AsNumber(65000), 512185206, 512185206, memory,
                19247146, 18656050, 368760729, 364163114, 60, neighbors, false);
        String shown = ShowIpBgpSummary.render(view, NOW);
        assertEquals(IosSample.read("cisco_ios_show_ip_bgp_summary.raw"), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp summary", shown);
        assertEquals(10, rows.size());
        assertEquals("65000", rows.get(0).get("LOCAL_AS"));
        assertEquals("10.0.0.5", rows.get(4).get("BGP_NEIGHBOR"));
        assertEquals("26552304", rows.get(4).get("MESSAGES_RECEIVED"));
        assertEquals("512185206", rows.get(4).get("TABLE_VERSION"));
        assertEquals("19w5d", rows.get(4).get("UP_DOWN"));
        assertEquals("558720", rows.get(4).get("STATE_OR_PREFIXES_RECEIVED"));
        assertEquals("Idle (Admin)", rows.get(9).get("STATE_OR_PREFIXES_RECEIVED"));
        assertEquals("1y10w", rows.get(9).get("UP_DOWN"));
    }

    private static BgpSummaryView small(List<BgpSummaryNeighborView> neighbors) {
        BgpMemoryView memory = new BgpMemoryView(8, 1152, 9, 720, 0, 0, 2, 2, 272, 0, 0, 1, 24, 0, 0, 2, 48, 0, 0, 0, 0,
                0);
        return new BgpSummaryView(ip("1.1.1.1"), new AsNumber(65000), 9, 9, memory, 24, 0, 25, 0, 60, neighbors, false);
    }

    @Test
    void showBgpAllSummaryReproducesTheIosSamplesIpv4Block() throws Exception {
        String shown = ShowIpBgpSummary.renderAll(
                small(List.of(up("10.0.14.4", 65001, 26, 27, 9, 20 * 60 * SECOND + 6 * SECOND, 7))), NOW);
        String sample = IosSample.read("cisco_ios_show_ip_bgp_summary_all.raw");
        assertEquals(sample.substring(0, sample.indexOf("\nFor address family: VPNv4")), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp all summary", shown);
        assertEquals("IPv4 Unicast", rows.get(0).get("ADDRESS_FAMILY"));
        assertEquals("00:20:06", rows.get(0).get("UP_DOWN"));
        assertEquals("7", rows.get(0).get("STATE_OR_PREFIXES_RECEIVED"));
    }

    @Test
    void sessionsThatAreNotUpShowTheirStateAndFourOctetAsNumbersWidenTheColumn() throws Exception {
        String shown = ShowIpBgpSummary.render(small(List.of(
                new BgpSummaryNeighborView(ip("10.10.14.4"), new AsNumber(65001), 0, 0, 1, 0, 0, null,
                        BgpSessionState.ACTIVE, 0),
                new BgpSummaryNeighborView(ip("10.10.14.5"), new AsNumber(4200000001L), 10, 12, 1, 0, 0,
                        NOW - 2 * DAY - 3 * 3600 * SECOND, BgpSessionState.IDLE_PREFIX_COUNT, 0),
                up("192.168.100.100", 65002, 1234567, 7654321, 123456789, 400 * 60 * SECOND, 12))), NOW);
        assertEquals("""

                Neighbor        V           AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd
                10.10.14.4      4        65001       0       0        1    0    0 never    Active
                10.10.14.5      4   4200000001      10      12        1    0    0 2d03h     Idle (PfxCt)\s
                192.168.100.100 4        65002 1234567 7654321 123456789    0    0 06:40:00       12
                """, shown.substring(shown.indexOf("\n\n") + 1));
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp summary", shown);
        assertEquals("Active", rows.get(0).get("STATE_OR_PREFIXES_RECEIVED"));
        assertEquals("4200000001", rows.get(1).get("NEIGHBOR_AS"));
        assertEquals("Idle (PfxCt)", rows.get(1).get("STATE_OR_PREFIXES_RECEIVED"));
        assertEquals("123456789", rows.get(2).get("TABLE_VERSION"));
    }

    @Test
    void asDotReproducesTheIosSample() throws Exception {
        BgpMemoryView memory = new BgpMemoryView(6064, 1503872, 6064, 824704, 0, 0, 11, 11, 3080, 0, 0, 288, 18312, 310,
                12496, 62, 2056, 5, 320, 0, 0, 0);
        BgpSummaryView view = new BgpSummaryView(ip("10.12.0.10"), AsNumber.parse("64000.2017"), 79023, 79023, memory,
                51255, 39215, 120224, 87177, 60,
                List.of(up("10.20.30.40", 1234, 511374, 421210, 79022, 28 * DAY, 6063)), true);
        assertEquals(IosSample.read("cisco_ios_show_ip_bgp_summary_with_dot.raw") + "\n",
                ShowIpBgpSummary.render(view, NOW));
    }

    @Test
    void anEmptyTableHasNoMemoryLinesAndNoBgpSaysNotActive() {
        BgpSummaryView empty = new BgpSummaryView(ip("1.1.1.1"), new AsNumber(65000), 1, 1,
                BgpMemoryView.withIosvSizes(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0, 0, 60, List.of(), false);
        assertEquals("""
                BGP router identifier 1.1.1.1, local AS number 65000
                BGP table version is 1, main routing table version 1
                """, ShowIpBgpSummary.render(empty, NOW));
        assertEquals("% BGP not active\n", ShowIpBgpSummary.NOT_ACTIVE);
        BgpMemoryView iosv = BgpMemoryView.withIosvSizes(8, 9, 2, 2, 1, 0, 0, 0);
        assertEquals(1152 + 720 + 272 + 24, iosv.totalBytes());
    }

    @Test
    void uptimeForms() {
        assertEquals("00:01:02", BgpUptime.format(62 * SECOND));
        assertEquals("23:59:59", BgpUptime.format(DAY - SECOND));
        assertEquals("1d02h", BgpUptime.format(DAY + 2 * 3600 * SECOND));
        assertEquals("6d23h", BgpUptime.format(7 * DAY - SECOND));
        assertEquals("3w0d", BgpUptime.format(21 * DAY));
        assertEquals("52w0d", BgpUptime.format(364 * DAY));
        assertEquals("1y10w", BgpUptime.format(435 * DAY));
        assertEquals("never", BgpUptime.since(null, NOW));
    }
}
