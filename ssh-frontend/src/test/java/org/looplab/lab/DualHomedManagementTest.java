package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLink;
import org.looplab.topology.TopologyLoader;
import org.looplab.topology.TopologyNode;

/**
 * topologies/dual-homed-management in virtual time: the NOC reaches every router's Loopback0 by in-band
 * SSH (from its own Loopback0, which the routers' vty access-class permits), and still does with each
 * single link pulled in turn, because OSPF reroutes the TCP segments. Another source is refused by the
 * access-class. Also prints the in-band SSH setup time five hops apart on ring10 (virtual and wall).
 */
class DualHomedManagementTest {
    private static final long SECOND = 1_000_000_000L;

    /** Builds a shipped lab as looplab run does, without SSH endpoints, and lets OSPF converge. */
    private static Lab build(String folder, String extraConfig) throws Exception {
        Topology topology = TopologyLoader.load(Path.of("../topologies/" + folder));
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab(topology.name(), kernel);
        for (TopologyNode node : topology.nodes()) {
            lab.addRouter(node.name());
        }
        for (TopologyLink link : topology.links()) {
            lab.connect(lab.router(link.a().node()), link.a().port(), lab.router(link.b().node()), link.b().port());
        }
        for (TopologyNode node : topology.nodes()) {
            String text = Files.readString(node.startupConfig(), StandardCharsets.UTF_8) + extraConfig;
            assertEquals(List.of(), ConfigLoader.apply(lab.router(node.name()), text.replace("\nend\n", "\n")),
                    node.name());
        }
        kernel.runUntil(kernel.now() + 90 * SECOND);
        return lab;
    }

    /** Runs a line, letting the clock run until its answer is complete (at most two virtual minutes). */
    private static long answeredAt;

    private static String run(Kernel kernel, CliSession session, String line) {
        CompletableFuture<String> out = kernel.call(() -> session.submit(line));
        out.whenComplete((text, failure) -> answeredAt = kernel.now()); // on the kernel thread, at the event's time
        long deadline = kernel.now() + 120 * SECOND;
        while (!out.isDone() && kernel.now() < deadline) {
            kernel.runUntil(kernel.now() + SECOND / 100);
        }
        assertTrue(out.isDone(), "'" + line + "' got no answer in two virtual minutes");
        return out.join();
    }

    /** ssh to a loopback, log in, check the prompt, exit; returns what went wrong or null. */
    private static String manage(Kernel kernel, CliSession noc, int router) {
        String address = "10.0.0." + router;
        String opened = run(kernel, noc, "ssh -l admin " + address);
        if (!noc.prompt().equals("Password: ")) {
            return address + ": " + opened.strip();
        }
        run(kernel, noc, "admin");
        if (!noc.prompt().equals("R" + router + "#")) {
            return address + ": prompt " + noc.prompt();
        }
        String exit = run(kernel, noc, "exit");
        return noc.prompt().equals("NOC#") && exit.contains("[Connection to " + address + " closed by foreign host]")
                ? null : address + ": exit gave " + exit;
    }

    @Test
    void theNocReachesEveryLoopbackWithEachSingleLinkPulled() throws Exception {
        Lab lab = build("dual-homed-management", "");
        Kernel kernel = lab.kernel();
        CliSession noc = new CliSession(lab.router("noc"), "admin", 15, "console");
        List<String> failures = new ArrayList<>();
        for (int router = 1; router <= 4; router++) {
            String problem = manage(kernel, noc, router);
            if (problem != null) {
                failures.add("all links up: " + problem);
            }
        }
        for (Link link : List.copyOf(lab.links())) {
            kernel.call(() -> {
                lab.setConnected(link, false);
                return null;
            });
            kernel.runUntil(kernel.now() + 60 * SECOND);
            for (int router = 1; router <= 4; router++) {
                String problem = manage(kernel, noc, router);
                if (problem != null) {
                    failures.add(link + " pulled: " + problem);
                }
            }
            kernel.call(() -> {
                lab.setConnected(link, true);
                return null;
            });
            kernel.runUntil(kernel.now() + 60 * SECOND);
        }
        assertEquals(List.of(), failures);
        Router r3 = lab.router("r3");
        String users = kernel.call(() -> new CliSession(r3, "x", 15, "t").execute("show ip access-lists MGMT"));
        assertTrue(users.contains("10 permit 10.0.0.100 (7 matches)"), users);
    }

    @Test
    void anotherSourceIsRefusedByTheAccessClass() throws Exception {
        Lab lab = build("dual-homed-management", "");
        Kernel kernel = lab.kernel();
        CliSession r1 = new CliSession(lab.router("r1"), "admin", 15, "console");
        assertEquals("% Connection refused by remote host\n", run(kernel, r1, "ssh -l admin 10.0.0.3"));
        assertEquals("R1#", r1.prompt());
    }

    @Test
    void inBandSshSetupTimeFiveHopsApart() throws Exception {
        Lab lab = build("ring10", "ip domain-name lab.local\ncrypto key generate rsa modulus 2048\n");
        Kernel kernel = lab.kernel();
        CliSession r1 = new CliSession(lab.router("r1"), "admin", 15, "console");
        String trace = run(kernel, r1, "traceroute 10.0.0.6");
        assertTrue(trace.contains("\n  5 10.5.6.6 "), "five hops: " + trace);
        String route = "";
        for (int round = 1; round <= 3; round++) {
            long virtualStart = kernel.now();
            long wallStart = System.nanoTime();
            run(kernel, r1, "ssh -l admin 10.0.0.6");
            long virtualToPassword = answeredAt - virtualStart;
            long passwordTyped = kernel.now();
            run(kernel, r1, "admin");
            long virtualLogin = answeredAt - passwordTyped;
            long wall = System.nanoTime() - wallStart;
            assertEquals("R6#", r1.prompt());
            System.out.printf("in-band SSH r1 -> r6 (5 hops, ring10), round %d: Password prompt %.3f ms virtual after"
                    + " the command, R6# %.3f ms virtual after the password; both lines %.2f ms wall%s%n", round,
                    virtualToPassword / 1e6, virtualLogin / 1e6, wall / 1e6, route);
            run(kernel, r1, "exit");
        }
    }
}
