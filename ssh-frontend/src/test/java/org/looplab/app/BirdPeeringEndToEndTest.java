package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BIRD 2 (Debian bird2) as an unprivileged process on 127.0.0.2 against topologies/host-peering, the
 * second real implementation after GoBGP: r1 peers with it on its link, r3 from its Loopback0. BIRD
 * exports a static route with a community; r1 sends the lab's prefixes with a community set by an
 * outbound route-map; both sides show the right AS path, next hop and communities; disabling BIRD's static
 * protocol withdraws the route from the whole lab.
 */
class BirdPeeringEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** r1 tags what it sends the speaker, so the test can read a community on BIRD's side. */
    private static final String R1_OUTBOUND = "route-map TO-SPEAKER permit 10\n set community 65000:99\n!\n"
            + "router bgp 65000\n neighbor 10.0.99.2 route-map TO-SPEAKER out\n!\n";

    @TempDir
    Path folder;

    @BeforeEach
    void needsBird() {
        ExternalTool.require(ExternalTool.onPath("bird") && ExternalTool.onPath("birdc"), "BIRD 2 (Debian package bird2)");
    }

    /**
     * BIRD's configuration: AS 65100 on 127.0.0.2 at {@code listenPort}, a BGP protocol for r1 and r3 at
     * their endpoints, a static route 172.16.7.0/24 with community (65100,7) exported with the speaker's
     * lab address as next hop (a 127/8 one would be invalid in the lab).
     */
    static String config(Path log, int listenPort, int bgpPort) {
        return "router id 10.255.0.2;\n"
                + "log \"" + log + "\" all;\n"
                + "protocol device { }\n"
                + "protocol static st {\n  ipv4;\n"
                + "  route 172.16.7.0/24 blackhole { bgp_community.add((65100,7)); };\n}\n"
                + "template bgp lab {\n"
                + "  local " + HostPeeringLab.SPEAKER + " port " + listenPort + " as 65100;\n"
                + "  strict bind yes;\n  connect retry time 2;\n"
                // The host reaches the routers on 127/8, not across a shared link: BIRD must not expect
                // their next hops on a connected network.
                + "  multihop;\n"
                + "  ipv4 {\n    import all;\n"
                + "    export where source = RTS_STATIC;\n"
                + "    next hop address 10.0.99.2;\n"
                + "    gateway recursive;\n  };\n}\n"
                + "protocol bgp r1 from lab { neighbor 127.1.0.1 port " + bgpPort + " as 65000; }\n"
                + "protocol bgp r3 from lab { neighbor 127.1.0.3 port " + bgpPort + " as 65000; }\n";
    }

    @Test
    void routesBothWaysWithCommunitiesAndAWithdrawal() throws Exception {
        try (HostPeeringLab lab = HostPeeringLab.start(folder, R1_OUTBOUND);
             Bird bird = Bird.start(folder, lab.speakerPort, lab.bgpPort)) {
            HostPeeringLab.await(WAIT, () -> bird.established("r1")
                    && bird.established("r3")
                    && lab.cli("r1", "show ip bgp neighbors 10.0.99.2").contains("BGP state = Established"),
                    () -> bird.run("show", "protocols", "all") + lab.cli("r1", "show ip bgp summary") + lab.notices + bird.log());
            String summary = lab.cli("r1", "show ip bgp neighbors 10.0.99.2");
            assertTrue(summary.contains("BGP state = Established"), summary);
            assertTrue(summary.contains("remote router ID 10.255.0.2"), summary);

            // host -> lab: BIRD's static route reaches r2 through r1's and r3's iBGP with its community.
            // r1 has it from BIRD itself (its eBGP path), r2 through iBGP (r3 may pass it on first: BIRD
            // sends to both sessions).
            HostPeeringLab.await(WAIT, () -> lab.cli("r2", "show ip bgp 172.16.7.0").contains("65100")
                    && lab.cli("r1", "show ip bgp 172.16.7.0").contains("10.0.99.2 from 10.0.99.2"),
                    () -> bird.run("show", "route", "export", "r1", "all") + lab.cli("r1", "show ip bgp")
                            + lab.cli("r1", "show logging"));
            String onR2 = lab.cli("r2", "show ip bgp 172.16.7.0");
            // (65100,7) as IOS prints a community without 'ip bgp-community new-format': 65100 * 65536 + 7
            assertTrue(onR2.contains("Community: 4266393607"), onR2);
            assertTrue(onR2.contains("10.0.99.2"), onR2);
            String onR1 = lab.cli("r1", "show ip bgp 172.16.7.0");
            assertTrue(onR1.matches("(?s).*\\n  65100\\n +10\\.0\\.99\\.2 from 10\\.0\\.99\\.2 \\(10\\.255\\.0\\.2\\).*"), onR1);
            assertTrue(onR1.contains("Origin IGP"), onR1);
            assertTrue(lab.cli("r1", "show ip route 172.16.7.0").contains("Known via \"bgp 65000\""));

            // lab -> host: r2's prefix at BIRD from r1, AS path 65000, r1's lab address, r1's community.
            HostPeeringLab.await(WAIT, () -> bird.run("show", "route", "protocol", "r1", "all").contains("192.168.2.0/24"),
                    () -> bird.run("show", "route", "all") + lab.cli("r1", "show ip bgp neighbors 10.0.99.2 advertised-routes"));
            String fromR1 = bird.run("show", "route", "192.168.2.0/24", "protocol", "r1", "all");
            assertTrue(fromR1.matches("(?s).*BGP\\.as_path: 65000\\n.*"), fromR1);
            assertTrue(fromR1.contains("BGP.next_hop: 10.0.99.1"), fromR1);
            assertTrue(fromR1.contains("BGP.community: (65000,99)"), fromR1);
            assertTrue(fromR1.contains("BGP.origin: IGP"), fromR1);
            // r3 sends without the route-map: no community, its Loopback0 as next hop.
            HostPeeringLab.await(WAIT, () -> bird.run("show", "route", "protocol", "r3", "all").contains("192.168.2.0/24"),
                    () -> bird.run("show", "route", "all"));
            String fromR3 = bird.run("show", "route", "192.168.2.0/24", "protocol", "r3", "all");
            assertTrue(fromR3.contains("BGP.next_hop: 10.0.0.3"), fromR3);
            assertTrue(!fromR3.contains("BGP.community"), fromR3);

            // withdrawal: BIRD's static protocol goes down, its route leaves every router.
            bird.run("disable", "st");
            HostPeeringLab.await(WAIT, () -> !lab.cli("r1", "show ip bgp").contains("172.16.7.0")
                    && !lab.cli("r2", "show ip bgp").contains("172.16.7.0")
                    && !lab.cli("r3", "show ip bgp").contains("172.16.7.0"),
                    () -> lab.cli("r1", "show ip bgp") + lab.cli("r2", "show ip bgp"));
            assertTrue(bird.established("r1"), bird.run("show", "protocols"));
            String r1Neighbor = lab.cli("r1", "show ip bgp neighbors 10.0.99.2");
            // The withdrawal left the session as it was: still up, no drop since it came up.
            assertTrue(r1Neighbor.contains("BGP state = Established"), r1Neighbor);
            assertTrue(r1Neighbor.matches("(?s).*Connections established (\\d+); dropped (\\d+).*")
                    && connectionsCount(r1Neighbor, 1) == connectionsCount(r1Neighbor, 2) + 1, r1Neighbor);
        }
    }

    /** "Connections established N; dropped M": N for group 1, M for group 2. */
    private static int connectionsCount(String neighbor, int group) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("Connections established (\\d+); dropped (\\d+)").matcher(neighbor);
        return matcher.find() ? Integer.parseInt(matcher.group(group)) : -1;
    }

    /** bird -f with its control socket in the test's folder, and birdc for it. */
    static final class Bird implements AutoCloseable {
        final Process process;
        final Path socket;
        final Path log;

        private Bird(Process process, Path socket, Path log) {
            this.process = process;
            this.socket = socket;
            this.log = log;
        }

        static Bird start(Path folder, int listenPort, int bgpPort) throws IOException {
            Path log = folder.resolve("bird.log");
            Path config = folder.resolve("bird.conf");
            Files.writeString(config, config(log, listenPort, bgpPort));
            Path socket = folder.resolve("bird.ctl");
            Process process = new ProcessBuilder("bird", "-c", config.toString(), "-s", socket.toString(), "-f")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("bird.out").toFile()).start();
            Bird bird = new Bird(process, socket, log);
            HostPeeringLab.await(Duration.ofSeconds(20), () -> bird.run("show", "status").contains("Daemon is up"),
                    () -> bird.log() + bird.run("show", "status"));
            return bird;
        }

        /**
         * BIRD shows protocol {@code name} Established: its own line of {@code show protocols} (one pattern
         * over the whole output would take a later protocol's state for it).
         */
        boolean established(String name) {
            return run("show", "protocols").lines().anyMatch(line -> line.matches(name + " +BGP .* Established.*"));
        }

        /** One birdc command; its output, or "birdc error: ..." */
        String run(String... words) {
            List<String> command = new ArrayList<>(List.of("birdc", "-s", socket.toString()));
            command.addAll(List.of(words));
            try {
                Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                client.waitFor(20, TimeUnit.SECONDS);
                return client.exitValue() == 0 ? output : "birdc error: " + output;
            } catch (IOException | InterruptedException | IllegalThreadStateException e) {
                return "birdc error: " + e;
            }
        }

        String log() {
            try {
                return (Files.exists(log) ? Files.readString(log) : "")
                        + Files.readString(log.resolveSibling("bird.out"));
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
