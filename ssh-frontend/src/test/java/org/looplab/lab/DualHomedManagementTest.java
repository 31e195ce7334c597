package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * topologies/dual-homed-management in virtual time: the NOC reaches every router's Loopback0 by in-band
 * SSH (from its own Loopback0, which the routers' vty access-class permits), and still does with each
 * single link pulled in turn, because OSPF reroutes the TCP segments. Another source is refused by the
 * access-class. The variant managed through physical addresses loses exactly the router whose address is on
 * the pulled link. An open session lives through a reroute and times out when no path comes back.
 */
class DualHomedManagementTest {
    private static final long SECOND = ShippedLabs.SECOND;

    private static Lab build(String folder, String extraConfig) throws Exception {
        return ShippedLabs.build(folder, extraConfig);
    }

    /** Runs a line, letting the clock run until its answer is complete (at most two virtual minutes). */
    private static long answeredAt;

    private static String run(Kernel kernel, CliSession session, String line) {
        return run(kernel, session, line, 120 * SECOND);
    }

    private static String run(Kernel kernel, CliSession session, String line, long waitNanos) {
        ShippedLabs.Answer answer = ShippedLabs.run(kernel, session, line, waitNanos);
        assertTrue(answer != null, "'" + line + "' got no answer in " + waitNanos / SECOND + " virtual seconds");
        answeredAt = answer.atNanos();
        return answer.text();
    }

    /** ssh to a router's management address, log in, check the prompt, exit; returns what went wrong or null. */
    private static String manage(Kernel kernel, CliSession noc, String router, String address) {
        String opened = run(kernel, noc, "ssh -l admin " + address);
        if (!noc.prompt().equals("Password: ")) {
            return address + ": " + opened.strip();
        }
        run(kernel, noc, "admin");
        String prompt = router.toUpperCase(Locale.ROOT) + "#";
        if (!noc.prompt().equals(prompt)) {
            return address + ": prompt " + noc.prompt();
        }
        String exit = run(kernel, noc, "exit");
        return noc.prompt().equals("NOC#") && exit.contains("[Connection to " + address + " closed by foreign host]")
                ? null : address + ": exit gave " + exit;
    }

    /**
     * Pulls each link in turn (and plugs it back), and tries the NOC's SSH to every managed router's
     * address meanwhile: per link, the routers the NOC could not manage, each with what it saw.
     */
    private static Map<String, List<String>> lostWithEachLinkPulled(Lab lab, Map<String, String> management) {
        Kernel kernel = lab.kernel();
        CliSession noc = new CliSession(lab.router("noc"), "admin", 15, "console");
        management.forEach((router, address) -> assertEquals(null, manage(kernel, noc, router, address), "all links up"));
        Map<String, List<String>> lost = new LinkedHashMap<>();
        for (Link link : List.copyOf(lab.links())) {
            kernel.call(() -> {
                lab.setConnected(link, false);
                return null;
            });
            kernel.runUntil(kernel.now() + 60 * SECOND);
            List<String> routers = new ArrayList<>();
            management.forEach((router, address) -> {
                String problem = manage(kernel, noc, router, address);
                if (problem != null) {
                    routers.add(router + " (" + problem + ")");
                }
            });
            lost.put(link.toString(), routers);
            kernel.call(() -> {
                lab.setConnected(link, true);
                return null;
            });
            kernel.runUntil(kernel.now() + 60 * SECOND);
        }
        return lost;
    }

    @Test
    void theNocReachesEveryLoopbackWithEachSingleLinkPulled() throws Exception {
        Lab lab = build("dual-homed-management", "");
        Map<String, List<String>> lost = lostWithEachLinkPulled(lab,
                new TreeMap<>(Map.of("r1", "10.0.0.1", "r2", "10.0.0.2", "r3", "10.0.0.3", "r4", "10.0.0.4")));
        assertEquals(6, lost.size());
        lost.forEach((link, routers) -> assertEquals(List.of(), routers, link + " pulled"));
        Router r3 = lab.router("r3");
        String users = lab.kernel().call(() -> new CliSession(r3, "x", 15, "t").execute("show ip access-lists MGMT"));
        assertTrue(users.contains("10 permit 10.0.0.100 (7 matches)"), users);
    }

    /**
     * The variant managed through one physical address per router: a pulled link takes its interfaces'
     * connected subnets out of every routing table, so the router whose management address is on that link
     * is lost, and only it (OSPF reroutes to the others); the NOC's own links carry no managed address.
     */
    @Test
    void physicalAddressManagementLosesExactlyTheRouterWhoseAddressIsOnThePulledLink() throws Exception {
        Lab lab = build("dual-homed-management-physical", "");
        Map<String, String> management = new TreeMap<>(Map.of(
                "r1", "10.0.12.1", "r2", "10.0.23.2", "r3", "10.0.34.3", "r4", "10.0.14.4"));
        Map<String, List<String>> lost = lostWithEachLinkPulled(lab, management);
        Map<String, List<String>> lostRouters = new LinkedHashMap<>();
        lost.forEach((link, routers) -> lostRouters.put(link, routers.stream().map(text -> text.split(" ")[0]).toList()));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Link link : lab.links()) {
            expected.put(link.toString(), management.entrySet().stream()
                    .filter(entry -> hasAddress(link.a(), entry.getValue()) || hasAddress(link.b(), entry.getValue()))
                    .map(Map.Entry::getKey).toList());
        }
        assertEquals(expected, lostRouters, lost.toString());
        assertEquals(4, lostRouters.values().stream().filter(routers -> routers.size() == 1).count(),
                "each ring link carries one router's management address");
        lost.forEach((link, routers) -> System.out.println("physical-address management, " + link + " pulled: lost " + routers));
    }

    private static boolean hasAddress(Interface end, String address) {
        return end.address() != null && end.address().address().toString().equals(address);
    }

    /** The NOC logged in to R3's loopback by SSH. */
    private static CliSession nocOnR3(Lab lab) {
        CliSession noc = new CliSession(lab.router("noc"), "admin", 15, "console");
        run(lab.kernel(), noc, "ssh -l admin 10.0.0.3");
        run(lab.kernel(), noc, "admin");
        assertEquals("R3#", noc.prompt());
        return noc;
    }

    /**
     * An open session from the NOC to R3's loopback while its path (NOC - r2 - r3) silently loses every
     * frame: OSPF notices after its 40 s dead interval and reroutes through r1 and r4, TCP's backed-off
     * retransmission then gets through, and the line typed meanwhile is answered in the same session.
     */
    @Test
    void anOpenSessionRidesOutABlackholedLinkOnceOspfReroutes() throws Exception {
        Lab lab = build("dual-homed-management", "");
        Kernel kernel = lab.kernel();
        CliSession noc = nocOnR3(lab);
        assertTrue(run(kernel, noc, "traceroute 10.0.0.100").contains("10.0.23.2"), "R3 answers the NOC through r2");
        Link r2r3 = lab.linkAt("r2", InterfaceName.gigabitEthernet(1));
        kernel.call(() -> {
            r2r3.setBlackholed(true);
            return null;
        });
        long typed = kernel.now();
        String clock = run(kernel, noc, "show clock");
        assertTrue(answeredAt - typed > 40 * SECOND, "answered only after OSPF's dead interval: "
                + (answeredAt - typed) / 1e9 + " s");
        assertTrue(clock.contains(" UTC "), clock);
        assertEquals("R3#", noc.prompt(), "the same session");
        assertTrue(run(kernel, noc, "traceroute 10.0.0.100").contains("10.0.34.4"), "now through r4");
        run(kernel, noc, "exit");
        assertEquals("NOC#", noc.prompt());
    }

    /**
     * With both of R3's links pulled no path comes back: a line typed into the open session goes
     * unacknowledged, TCP backs off 12 times (about 8 virtual minutes) and gives up, and the NOC's user is
     * told as IOS tells it. R3, with nothing to send, keeps the vty line (IOS needs service
     * tcp-keepalives-in to notice a dead client).
     */
    @Test
    void anOpenSessionDropsWhenThePathIsGoneLongerThanTcpRetransmits() throws Exception {
        Lab lab = build("dual-homed-management", "");
        Kernel kernel = lab.kernel();
        CliSession noc = nocOnR3(lab);
        kernel.call(() -> {
            lab.setConnected(lab.linkAt("r3", InterfaceName.gigabitEthernet(0)), false);
            lab.setConnected(lab.linkAt("r3", InterfaceName.gigabitEthernet(1)), false);
            return null;
        });
        long typed = kernel.now();
        assertEquals("\n[Connection to 10.0.0.3 timed out]\n", run(kernel, noc, "show clock", 900 * SECOND));
        assertTrue(answeredAt - typed > 400 * SECOND, (answeredAt - typed) / 1e9 + " s");
        assertEquals("NOC#", noc.prompt());
        assertEquals("% No connections open\n", run(kernel, noc, "show sessions"));
        assertEquals(1, kernel.call(() -> lab.router("r3").vtySessions().list().size()));
    }

    @Test
    void anotherSourceIsRefusedByTheAccessClass() throws Exception {
        Lab lab = build("dual-homed-management", "");
        Kernel kernel = lab.kernel();
        CliSession r1 = new CliSession(lab.router("r1"), "admin", 15, "console");
        assertEquals("% Connection refused by remote host\n", run(kernel, r1, "ssh -l admin 10.0.0.3"));
        assertEquals("R1#", r1.prompt());
    }
}
