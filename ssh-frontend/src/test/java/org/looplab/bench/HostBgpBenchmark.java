package org.looplab.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpMemory;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.generate.LabGenerator;
import org.looplab.generate.LabShape;
import org.looplab.host.bgp.HostBgpPeering;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.FreePorts;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpStack;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;

/**
 * A real BGP speaker (BIRD 2, Debian bird2, as an ordinary user) announces N prefixes to a 10-router lab
 * started in this JVM as {@code looplab run --address-per-router} starts it: {@code looplab generate ring 10
 * --bgp rr} (OSPF area 0, iBGP AS 65000 to route reflectors r1 and r6) plus a node of kind {@code external}
 * on a cable to r1:Gi0/2, which peers with it over eBGP (AS 65100). BIRD originates the prefixes from a
 * static protocol (20.0.0.0/24, 20.0.1.0/24, ...) and its session to r1 starts disabled, so that loading
 * them is not timed; then {@code birdc enable} and the wall clock runs. Prints (a) the time from the session
 * reaching Established at r1 until r1 has all N prefixes in its BGP table, (b) the same for every other
 * router (r6 is the farthest: five cables round the ring), and (c) the heap the lab gained per BGP path it
 * holds (heap after a full GC, before and after, over the paths added lab-wide). A program that prints
 * figures, never a test: {@code ssh-frontend/bgp-peer-benchmark.sh [N]}.
 */
public final class HostBgpBenchmark {
    private static final int ROUTERS = 10;
    private static final String SPEAKER = "127.0.0.2";
    /** -Dtrace=true: each look at the tables, with its time after Established. */
    private static final boolean TRACE = Boolean.getBoolean("trace");
    /** -Dwarmup=true: the same prefixes in and out once, untimed, before the timed round. */
    private static final boolean WARM_UP = Boolean.getBoolean("warmup");
    private static final int FIRST_PREFIX = Ipv4Address.of("20.0.0.0").bits();

    private HostBgpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long timeoutSeconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
        if (n < 1 || n > 1 << 20) {
            throw new IllegalArgumentException("N is 1 to 1048576 /24s from 20.0.0.0");
        }
        Path folder = Files.createTempDirectory("looplab-bgp-bench");
        int speakerPort = FreePorts.consecutive(1);
        int bgpPort = FreePorts.consecutive(1);
        Path topologyFile = writeLab(folder.resolve("lab"), speakerPort);
        Topology topology = TopologyLoader.load(topologyFile);
        RunningLab running = LabStarter.start(topology, new LabOptions(folder.resolve("state"), null, true, 1, 1.0));
        Kernel kernel = running.lab().kernel();
        List<String> notices = new CopyOnWriteArrayList<>();
        Map<Router, InetAddress> hosts = new LinkedHashMap<>();
        List<Router> routers = kernel.call(() -> {
            List<Router> all = new ArrayList<>();
            for (int i = 1; i <= ROUTERS; i++) {
                Router router = running.lab().router("r" + i);
                all.add(router);
                hosts.put(router, InetAddress.getByName("127.1.0." + i));
            }
            return all;
        });
        HostBgpPeering peering = HostBgpPeering.start(running.lab(), topology, hosts, true, bgpPort, notices::add);
        Process bird = null;
        try {
            // The lab's own iBGP: every router has every router's 100.64.N.0/24.
            List<Ipv4Prefix> labPrefixes = new ArrayList<>();
            for (int i = 1; i <= ROUTERS; i++) {
                labPrefixes.add(new Ipv4Prefix(Ipv4Address.of("100.64." + i + ".0"), 24));
            }
            await(120, () -> kernel.call(() -> routers.stream().allMatch(r -> labPrefixes.stream()
                    .allMatch(p -> hasBest(Bgp.of(r).speaker(), p)))), "the lab's iBGP did not converge");

            Path birdConfig = folder.resolve("bird.conf");
            long writeStart = System.nanoTime();
            Files.writeString(birdConfig, birdConfig(folder.resolve("bird.log"), n, speakerPort, bgpPort),
                    StandardCharsets.US_ASCII);
            Path socket = folder.resolve("bird.ctl");
            bird = new ProcessBuilder("bird", "-c", birdConfig.toString(), "-s", socket.toString(), "-f")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("bird.out").toFile()).start();
            await(300, () -> birdc(socket, "show", "protocols").matches("(?s).*\\nst +Static .* up .*"),
                    "BIRD did not start: " + folder.resolve("bird.out"));
            long birdReady = System.nanoTime();

            Ipv4Prefix[] prefixes = new Ipv4Prefix[n];
            for (int i = 0; i < n; i++) {
                prefixes[i] = new Ipv4Prefix(new Ipv4Address(FIRST_PREFIX + (i << 8)), 24);
            }
            if (WARM_UP) {
                // An untimed round first (the same prefixes in and out), so the timed one runs compiled code.
                birdc(socket, "enable", "r1");
                await(timeoutSeconds, () -> kernel.call(() -> routers.stream().allMatch(r -> java.util.Arrays.stream(prefixes)
                        .allMatch(p -> hasBest(Bgp.of(r).speaker(), p)))), "warm-up: not every router has every prefix");
                birdc(socket, "disable", "r1");
                await(timeoutSeconds, () -> kernel.call(() -> routers.stream().noneMatch(r -> java.util.Arrays.stream(prefixes)
                        .anyMatch(p -> hasBest(Bgp.of(r).speaker(), p)))), "warm-up: the prefixes did not leave");
            }
            long pathsBefore = kernel.call(() -> paths(routers));
            long heapBefore = usedHeapAfterGc();

            BgpNeighbor toSpeaker = kernel.call(() -> Bgp.of(routers.get(0)).speaker()
                    .neighbor(Ipv4Address.of("10.0.99.2")));
            long enabled = System.nanoTime();
            birdc(socket, "enable", "r1");
            long deadline = enabled + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!kernel.call(toSpeaker::isEstablished)) {
                check(deadline, "r1's session with BIRD did not come up: " + notices);
                Thread.sleep(2);
            }
            long established = System.nanoTime();

            // Each router's first prefix (in order) not yet in its table: advancing it costs one lookup a
            // prefix in all, however often we look, and prefixes are only added (nothing is withdrawn).
            int[] cursor = new int[ROUTERS];
            long[] done = new long[ROUTERS];
            int complete = 0;
            while (complete < ROUTERS) {
                check(deadline, "not every router has every prefix: " + java.util.Arrays.toString(cursor));
                int[] now = kernel.call(() -> {
                    for (int r = 0; r < ROUTERS; r++) {
                        BgpSpeaker speaker = Bgp.of(routers.get(r)).speaker();
                        while (cursor[r] < n && hasBest(speaker, prefixes[cursor[r]])) {
                            cursor[r]++;
                        }
                    }
                    return cursor.clone();
                });
                long at = System.nanoTime();
                if (TRACE) {
                    System.out.printf("  %7.3f s %s%n", seconds(at - established), java.util.Arrays.toString(now));
                }
                for (int r = 0; r < ROUTERS; r++) {
                    if (now[r] == n && done[r] == 0) {
                        done[r] = at;
                        complete++;
                    }
                }
                Thread.sleep(10);
            }
            long last = java.util.Arrays.stream(done).max().orElseThrow();
            long pathsAfter = kernel.call(() -> paths(routers));
            long heapAfter = usedHeapAfterGc();
            BgpMemory r1Memory = kernel.call(() -> Bgp.of(routers.get(0)).speaker().memory());
            long accounted = kernel.call(() -> {
                long sum = 0;
                for (Router r : routers) {
                    sum += Bgp.of(r).speaker().memory().totalBytes();
                }
                return sum;
            });

            double first = seconds(done[0] - established);
            double farthest = seconds(done[5] - established);
            double all = seconds(last - established);
            System.out.printf("BIRD %s -> r1 (eBGP), ring of %d routers: OSPF, iBGP to route reflectors r1 and r6%n",
                    birdVersion(socket), ROUTERS);
            System.out.printf("prefixes                     %,d /24s (BIRD config written and loaded in %d ms, not timed)%n",
                    n, (birdReady - writeStart) / 1_000_000);
            System.out.printf("session up                   %d ms after 'birdc enable r1'%n", (established - enabled) / 1_000_000);
            System.out.printf("(a) all in r1's BGP table    %.2f s after Established: %,.0f prefixes/s%n", first, n / first);
            System.out.printf("(b) all in r6's (farthest)   %.2f s: %,.0f prefixes/s%n", farthest, n / farthest);
            System.out.printf("    all in every router's    %.2f s: %,.0f prefixes/s%n", all, n / all);
            StringBuilder each = new StringBuilder("    per router (s):");
            for (int r = 0; r < ROUTERS; r++) {
                each.append(String.format(" r%d %.2f", r + 1, seconds(done[r] - established)));
            }
            System.out.println(each);
            long added = pathsAfter - pathsBefore;
            System.out.printf("(c) heap per path            %.0f bytes (%,d paths added lab-wide, heap %+,d KiB;"
                    + " BGP's own accounting %.0f bytes a path in all)%n", (heapAfter - heapBefore) / (double) added,
                    added, (heapAfter - heapBefore) / 1024, accounted / (double) pathsAfter);
            System.out.printf("    r1's table               %,d networks, %,d paths%n", r1Memory.networkEntries(),
                    r1Memory.pathEntries());
            long retransmissions = kernel.call(() -> {
                long sum = 0;
                for (Router r : running.lab().routers()) {
                    for (TcpConnection c : TcpStack.of(r).connections()) {
                        sum += c.retransmissions();
                    }
                }
                return sum;
            });
            System.out.printf("    TCP retransmissions      %,d lab-wide (the speaker's stand-in included)%n", retransmissions);
        } finally {
            if (bird != null) {
                bird.destroy();
                if (!bird.waitFor(5, TimeUnit.SECONDS)) {
                    bird.destroyForcibly();
                }
            }
            peering.close();
            running.close();
        }
    }

    /** The generated ring with r1's cable to the speaker, its Gi0/2 and its eBGP neighbor. */
    private static Path writeLab(Path lab, int speakerPort) throws IOException {
        LabGenerator.Generated generated = LabGenerator.write(LabShape.ring, ROUTERS, true, 1, lab);
        Path r1 = lab.resolve("r1.cfg");
        Files.writeString(r1, Files.readString(r1).replace("\nend\n", "\n"
                + "interface GigabitEthernet0/2\n description to the BGP speaker on the host\n"
                + " ip address 10.0.99.1 255.255.255.252\n no shutdown\n!\n"
                + "router bgp 65000\n neighbor 10.0.99.2 remote-as 65100\n!\nend\n"));
        String yaml = Files.readString(generated.topologyFile());
        yaml = yaml.replace("  links:\n", "    speaker:\n      kind: external\n      address: " + SPEAKER + "\n"
                + "      port: " + speakerPort + "\n      lab-address: 10.0.99.2/30\n      gateway: 10.0.99.1\n"
                + "  links:\n") + "    - endpoints: [\"r1:Gi0/2\", \"speaker:eth0\"]\n";
        Files.writeString(generated.topologyFile(), yaml);
        return generated.topologyFile();
    }

    /** BIRD: N static /24s exported to r1 with the speaker's lab address as next hop; the session starts disabled. */
    private static String birdConfig(Path log, int n, int listenPort, int bgpPort) {
        StringBuilder config = new StringBuilder(64 * n + 1024)
                .append("router id 10.255.0.2;\n")
                .append("log \"").append(log).append("\" { warning, error, fatal };\n")
                .append("protocol device { }\n")
                .append("protocol static st {\n  ipv4;\n");
        for (int i = 0; i < n; i++) {
            int network = FIRST_PREFIX + (i << 8);
            config.append("  route ").append(network >>> 24).append('.').append((network >>> 16) & 0xFF).append('.')
                    .append((network >>> 8) & 0xFF).append(".0/24 blackhole;\n");
        }
        return config.append("}\n")
                .append("protocol bgp r1 {\n  disabled;\n")
                .append("  local ").append(SPEAKER).append(" port ").append(listenPort).append(" as 65100;\n")
                .append("  neighbor 127.1.0.1 port ").append(bgpPort).append(" as 65000;\n")
                .append("  strict bind yes;\n  connect retry time 2;\n  multihop;\n")
                .append("  ipv4 {\n    import none;\n    export where source = RTS_STATIC;\n")
                .append("    next hop address 10.0.99.2;\n    gateway recursive;\n  };\n}\n")
                .toString();
    }

    private static boolean hasBest(BgpSpeaker speaker, Ipv4Prefix prefix) {
        LocRibEntry entry = speaker.entry(prefix);
        return entry != null && entry.best() != null;
    }

    private static long paths(List<Router> routers) {
        long sum = 0;
        for (Router r : routers) {
            sum += Bgp.of(r).speaker().memory().pathEntries();
        }
        return sum;
    }

    private static String birdc(Path socket, String... words) {
        List<String> command = new ArrayList<>(List.of("birdc", "-s", socket.toString()));
        command.addAll(List.of(words));
        try {
            Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            client.waitFor(20, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "birdc: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "birdc: interrupted";
        }
    }

    private static String birdVersion(Path socket) {
        String status = birdc(socket, "show", "status");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("BIRD ([0-9][^\\s]*)").matcher(status);
        return m.find() ? m.group(1) : "2";
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(long seconds, Condition condition, String why) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.holds()) {
            check(deadline, why);
            Thread.sleep(50);
        }
    }

    private static void check(long deadline, String why) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("timed out: " + why);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50); // a benchmark, not a test: let the collector settle
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
