package org.looplab.router;

import java.util.concurrent.atomic.AtomicReference;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.scenario.LineLab;

/**
 * Tunnel0 between r1 and r3 across r2 of a {@link LineLab}: 172.16.13.1/30 on r1 (source Gi0/0, destination
 * 10.0.23.3) and 172.16.13.2/30 on r3 (source 10.0.23.3, destination 10.0.12.1), with r3's Loopback1
 * 192.168.3.3 behind it; each test adjusts the settings of both ends (mode, key, keepalive).
 */
final class TunnelEnds {
    static final InterfaceName TU0 = InterfaceName.parse("Tunnel0");
    static final InterfaceName LO1 = InterfaceName.loopback(1);
    static final Ipv4Address BEHIND_R3 = Ipv4Address.of("192.168.3.3");
    static final long SECOND = 1_000_000_000L;
    static final TunnelSettings R1_END = new TunnelSettings(LineLab.GI0, null, Ipv4Address.of("10.0.23.3"));
    static final TunnelSettings R3_END = new TunnelSettings(null, Ipv4Address.of("10.0.23.3"), Ipv4Address.of("10.0.12.1"));

    final LineLab line = new LineLab(7, 1_000_000, 1_000_000);

    static Interface tunnel(Router router, TunnelSettings settings, String address) {
        Interface tunnel = router.enterInterface(TU0);
        router.setAddress(tunnel, Ipv4Address.of(address), Ipv4Address.of("255.255.255.252"));
        router.setTunnel(tunnel, settings);
        return tunnel;
    }

    /** Both ends with these settings, r3's Loopback1 behind r3's end; returns r1's end and r3's. */
    Interface[] bothEnds(TunnelSettings r1End, TunnelSettings r3End) {
        line.withEndStatics();
        LineLab.up(line.r3, LO1, "192.168.3.3", "255.255.255.255");
        Interface[] ends = {tunnel(line.r1, r1End, "172.16.13.1"), tunnel(line.r3, r3End, "172.16.13.2")};
        runFor(SECOND); // keepalives never let the kernel go idle
        return ends;
    }

    PingResult ping(Router from, Ipv4Address to) {
        AtomicReference<PingResult> result = new AtomicReference<>();
        PingSession.start(from, to, null, 5, 2 * SECOND, result::set);
        line.kernel.runUntil(line.kernel.now() + 20 * SECOND);
        return result.get();
    }

    void runFor(long nanos) {
        line.kernel.runUntil(line.kernel.now() + nanos);
    }

    static long logged(Router router, String text) {
        return router.log().messages().stream().filter(m -> m.text().equals(text)).count();
    }
}
