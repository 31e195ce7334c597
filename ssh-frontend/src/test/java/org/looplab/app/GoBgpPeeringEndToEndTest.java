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
import org.looplab.ssh.FreePorts;

/**
 * GoBGP's gobgpd (Debian gobgpd) on 127.0.0.2 against topologies/host-peering: r1 peers with it on its
 * link, r3 from its Loopback0 across the lab. Routes both ways with AS path, next hop and communities, a
 * withdrawal, a NOTIFICATION for a wrong AS, and r3's session surviving a pulled cable in the lab.
 */
class GoBgpPeeringEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @BeforeEach
    void needsGoBgp() {
        ExternalTool.require(ExternalTool.onPath("gobgpd") && ExternalTool.onPath("gobgp"), "GoBGP (Debian package gobgpd)");
    }

    /** gobgpd's TOML: AS {@code as}, neighbours r1 and r3 at their BGP endpoints expecting AS {@code peerAs}. */
    static String config(int listenPort, int bgpPort, long peerAs) {
        StringBuilder toml = new StringBuilder("[global.config]\n  as = 65100\n  router-id = \"10.255.0.1\"\n"
                + "  port = " + listenPort + "\n  local-address-list = [\"" + HostPeeringLab.SPEAKER + "\"]\n"
                // The speaker stands in the lab at 10.0.99.2: its routes carry that next hop (a 127/8 one is
                // invalid, RFC 7606 treat-as-withdraw, as on IOS).
                + "[global.apply-policy.config]\n  export-policy-list = [\"lab-next-hop\"]\n"
                + "  default-export-policy = \"accept-route\"\n"
                + "[[policy-definitions]]\n  name = \"lab-next-hop\"\n  [[policy-definitions.statements]]\n"
                + "    name = \"nh\"\n    [policy-definitions.statements.actions]\n"
                + "      route-disposition = \"accept-route\"\n"
                + "      [policy-definitions.statements.actions.bgp-actions]\n        set-next-hop = \"10.0.99.2\"\n");
        for (String router : List.of("127.1.0.1", "127.1.0.3")) {
            toml.append("[[neighbors]]\n  [neighbors.config]\n    neighbor-address = \"").append(router)
                    .append("\"\n    peer-as = ").append(peerAs).append("\n  [neighbors.transport.config]\n")
                    .append("    local-address = \"").append(HostPeeringLab.SPEAKER).append("\"\n    remote-port = ")
                    .append(bgpPort).append("\n  [neighbors.timers.config]\n    connect-retry = 2\n");
        }
        return toml.toString();
    }

    @Test
    void routesBothWaysWithdrawalAndSurvivalOfALoopbackSession() throws Exception {
        try (HostPeeringLab lab = HostPeeringLab.start(folder);
             GoBgp gobgp = GoBgp.start(folder, config(lab.speakerPort, lab.bgpPort, 65000))) {
            HostPeeringLab.await(WAIT, () -> lab.cli("r1", "show ip bgp summary").matches("(?s).*10\\.0\\.99\\.2 .*65100.*\\s\\d+\\s*\n.*")
                    && lab.cli("r3", "show ip bgp summary").matches("(?s).*10\\.0\\.99\\.2 .*65100.*\\s\\d+\\s*\n.*"),
                    () -> lab.cli("r1", "show ip bgp summary") + lab.cli("r3", "show ip bgp summary") + lab.notices
                            + gobgp.run("neighbor"));

            // host -> lab: the route reaches r2 through r1's and r3's iBGP, with AS path and community.
            String added = gobgp.run("global", "rib", "add", "-a", "ipv4", "172.16.5.0/24", "community", "65100:42");
            HostPeeringLab.await(WAIT, () -> lab.cli("r2", "show ip bgp 172.16.5.0").contains("65100"),
                    () -> added + gobgp.run("global", "rib") + gobgp.run("neighbor", "127.1.0.1", "adj-out")
                            + lab.cli("r1", "show ip bgp neighbors 10.0.99.2") + lab.cli("r1", "show logging"));
            String onR2 = lab.cli("r2", "show ip bgp 172.16.5.0");
            // 65100:42 as IOS prints a community without 'ip bgp-community new-format': 65100 * 65536 + 42
            assertTrue(onR2.contains("Community: 4266393642"), onR2);
            assertTrue(onR2.contains("10.0.99.2"), onR2);
            String onR1 = lab.cli("r1", "show ip route 172.16.5.0");
            assertTrue(onR1.contains("Known via \"bgp 65000\""), onR1);

            // lab -> host: r2's own prefix arrives at gobgpd from r1 with AS path 65000 and r1's next hop.
            HostPeeringLab.await(WAIT, () -> gobgp.run("neighbor", "127.1.0.1", "adj-in").contains("192.168.2.0/24"),
                    () -> gobgp.run("neighbor", "127.1.0.1", "adj-in"));
            String adjIn = gobgp.run("neighbor", "127.1.0.1", "adj-in", "192.168.2.0/24", "-j");
            assertTrue(adjIn.contains("\"as_paths\":[{\"type\":2,\"num\":1,\"asns\":[65000]}]")
                    || adjIn.contains("65000"), adjIn);
            assertTrue(adjIn.contains("10.0.99.1"), adjIn);

            // withdrawal
            gobgp.run("global", "rib", "del", "-a", "ipv4", "172.16.5.0/24");
            HostPeeringLab.await(WAIT, () -> !lab.cli("r2", "show ip bgp").contains("172.16.5.0"),
                    () -> lab.cli("r2", "show ip bgp"));

            // r3's session runs from its Loopback0 through r1: pull r1-r3, OSPF reroutes through r2.
            String before = lab.cli("r3", "show ip bgp neighbors 10.0.99.2");
            lab.link("r1", "Gi0/1", false);
            // Wait for the mechanism, not a fixed time: OSPF moves r3's route to the speaker's link onto r2.
            HostPeeringLab.await(WAIT, () -> lab.cli("r3", "show ip route 10.0.99.2").contains("10.0.23.2"),
                    () -> lab.cli("r3", "show ip route"));
            String after = lab.cli("r3", "show ip bgp neighbors 10.0.99.2");
            assertTrue(after.contains("BGP state = Established"), after);
            assertTrue(after.contains("Connections established 1"), before + "\n" + after);
            gobgp.run("global", "rib", "add", "-a", "ipv4", "172.16.6.0/24");
            HostPeeringLab.await(WAIT, () -> lab.cli("r3", "show ip bgp 172.16.6.0").contains("65100"),
                    () -> lab.cli("r3", "show ip bgp"));
        }
    }

    @Test
    void aWrongAsGetsBadPeerAs() throws Exception {
        try (HostPeeringLab lab = HostPeeringLab.start(folder);
             GoBgp gobgp = GoBgp.start(folder, config(lab.speakerPort, lab.bgpPort, 65099))) {
            HostPeeringLab.await(WAIT, () -> lab.cli("r1", "show logging").contains("%BGP-3-NOTIFICATION: received from neighbor 10.0.99.2"),
                    () -> lab.cli("r1", "show logging") + gobgp.log());
            String log = lab.cli("r1", "show logging");
            // gobgpd expects AS 65099: it answers r1's OPEN with OPEN Message Error / Bad Peer AS (2/2).
            assertTrue(log.contains("2/2 (peer in wrong AS)"), log);
        }
    }

    /** gobgpd with its API on 127.0.0.2 at a free port, and the gobgp client for it. */
    static final class GoBgp implements AutoCloseable {
        final Process process;
        final Path logFile;
        final int apiPort;

        private GoBgp(Process process, Path logFile, int apiPort) {
            this.process = process;
            this.logFile = logFile;
            this.apiPort = apiPort;
        }

        static GoBgp start(Path folder, String toml) throws IOException {
            Path config = folder.resolve("gobgpd.toml");
            Files.writeString(config, toml);
            int api = FreePorts.consecutive(1);
            Path log = folder.resolve("gobgpd.log");
            Process process = new ProcessBuilder("gobgpd", "-t", "toml", "-f", config.toString(), "--api-hosts",
                    HostPeeringLab.SPEAKER + ":" + api, "--log-plain").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            GoBgp gobgp = new GoBgp(process, log, api);
            HostPeeringLab.await(Duration.ofSeconds(20), () -> !gobgp.run("global").contains("rpc error"), gobgp::log);
            return gobgp;
        }

        String run(String... arguments) {
            List<String> command = new ArrayList<>(List.of("gobgp", "-u", HostPeeringLab.SPEAKER, "-p", Integer.toString(apiPort)));
            command.addAll(List.of(arguments));
            try {
                Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                client.waitFor(20, TimeUnit.SECONDS);
                return client.exitValue() == 0 ? output : "rpc error: " + output;
            } catch (IOException | InterruptedException | IllegalThreadStateException e) {
                return "rpc error: " + e;
            }
        }

        String log() {
            try {
                return Files.readString(logFile);
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
