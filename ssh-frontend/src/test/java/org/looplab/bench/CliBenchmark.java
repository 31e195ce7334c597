package org.looplab.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.looplab.cli.session.CliSession;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.EndpointPlan;
import org.looplab.ssh.LabSshServer;
import org.looplab.ssh.StreamCollector;
import org.looplab.topology.TopologyLoader;

/**
 * The CLI's speed, printed, never asserted: configuration lines parsed and applied per second (warm: a
 * config of a few hundred lines with abbreviations, applied to fresh routers again and again), and the
 * latency of {@code ?} and of {@code show ip interface brief} in an open SSH session (MINA's client
 * in-process, PTY shell), from sending the keys to the next prompt. Run it with
 * {@code BENCHMARK=CliBenchmark ssh-frontend/benchmark.sh [ITERATIONS]}.
 */
public final class CliBenchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private CliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<String> config = config();
        configLinesPerSecond(config);
        sshLatencies(iterations);
    }

    /** A router's config as a person types it: abbreviations, mode changes, a few hundred lines. */
    static List<String> config() {
        List<String> lines = new ArrayList<>();
        lines.add("conf t");
        lines.add("hostname R1");
        lines.add("username admin privilege 15 secret admin");
        lines.add("enable secret cisco");
        lines.add("service timestamps log datetime msec");
        lines.add("service password-encryption");
        for (int port = 0; port < 4; port++) {
            lines.add("int gi0/" + port);
            lines.add(" desc link " + port + " to the core");
            lines.add(" ip add 10.1." + port + ".1 255.255.255.0");
            lines.add(" ip ospf cost " + (10 + port));
            lines.add(" no sh");
            lines.add(" exit");
        }
        for (int loopback = 1; loopback <= 40; loopback++) {
            lines.add("interface Loopback" + loopback);
            lines.add(" description service address " + loopback);
            lines.add(" ip address 10.200." + loopback + ".1 255.255.255.255");
            lines.add(" exit");
        }
        for (int route = 0; route < 40; route++) {
            lines.add("ip route 172.16." + route + ".0 255.255.255.0 10.1." + (route % 4) + ".2");
        }
        lines.add("router ospf 1");
        lines.add(" router-id 10.200.1.1");
        lines.add(" auto-cost reference-bandwidth 10000");
        lines.add(" passive-interface default");
        for (int port = 0; port < 4; port++) {
            lines.add(" no passive-interface GigabitEthernet0/" + port);
            lines.add(" network 10.1." + port + ".0 0.0.0.255 area 0");
        }
        lines.add(" net 10.200.0.0 0.0.255.255 ar 0");
        lines.add("line con 0");
        lines.add(" exec-timeout 0 0");
        lines.add("line vty 0 4");
        lines.add(" transport input ssh");
        lines.add(" login local");
        lines.add("end");
        return lines;
    }

    private static void configLinesPerSecond(List<String> config) {
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("bench", kernel);
        int rejected = 0;
        List<String> printed = apply(lab.addRouter("check"), kernel, config);
        for (int i = 0; i < config.size(); i++) {
            if (printed.get(i).matches("(?s).*% (Invalid|Incomplete|Ambiguous|Unknown).*")) {
                rejected++;
                System.out.println("rejected: " + config.get(i) + "\n" + printed.get(i));
            }
        }
        long lines = 0;
        long start = 0;
        for (int round = 0; round < 600; round++) {
            if (round == 200) { // the first 200 rounds warm the JIT up and are not counted
                lines = 0;
                start = System.nanoTime();
            }
            apply(lab.addRouter("r" + round), kernel, config);
            lines += config.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("config lines parsed and applied  %,.0f lines/s (warm; %d-line config, %d lines"
                + " rejected, %,d lines in %.2f s)%n", lines / seconds, config.size(), rejected, lines, seconds);
    }

    /** Types the lines into a new session on the router; returns what each printed. */
    private static List<String> apply(Router router, Kernel kernel, List<String> lines) {
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        List<String> printed = new ArrayList<>(lines.size());
        for (String line : lines) {
            CompletableFuture<String> output = session.submit(line);
            if (!output.isDone()) {
                kernel.runUntilIdle();
            }
            printed.add(output.join());
        }
        return printed;
    }

    private static void sshLatencies(int iterations) throws Exception {
        Path folder = Files.createTempDirectory("looplab-cli-bench");
        Files.writeString(folder.resolve("r1.cfg"), "hostname R1\nusername admin privilege 15 secret admin\n"
                + "interface Loopback0\n ip address 10.0.0.1 255.255.255.255\nend\n");
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        Path state = folder.resolve("state");
        try (RunningLab running = LabStarter.start(TopologyLoader.load(folder), new LabOptions(state, null, false, 1, 1.0))) {
            int port = 42000 + (int) (ProcessHandle.current().pid() % 1000);
            LabSshServer server = LabSshServer.start(EndpointPlan.plan(running.lab().routers(), port, false, false), state);
            SshClient client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier((session, address, key) -> true); // a throwaway key
            CoreModuleProperties.TCP_NODELAY.set(client, true);
            client.start();
            try (ClientSession session = client.connect("admin", "127.0.0.1", port).verify(TIMEOUT).getSession()) {
                session.addPasswordIdentity("admin");
                session.auth().verify(TIMEOUT);
                ChannelShell channel = session.createShellChannel();
                channel.setUsePty(true);
                channel.open().verify(TIMEOUT);
                StreamCollector out = new StreamCollector(channel.getInvertedOut());
                OutputStream keys = channel.getInvertedIn();
                int at = out.await("R1#", 0, TIMEOUT);
                at = roundTrip(keys, out, at, "terminal length 0\r", "R1#", new long[1], 0);
                long[] help = new long[iterations];
                long[] show = new long[iterations];
                for (int i = 0; i < iterations; i++) {
                    // '?' on an empty line: the EXEC commands, then the prompt drawn again
                    at = roundTrip(keys, out, at, "?", "R1#", help, i);
                    at = roundTrip(keys, out, at, "show ip interface brief\r", "R1#", show, i);
                }
                print("'?' (help on an empty line)", help);
                print("'show ip interface brief'", show);
                channel.close(true);
            } finally {
                client.stop();
                server.close();
            }
        }
    }

    /** Sends keys and waits for {@code until} after what was there; records the time taken. */
    private static int roundTrip(OutputStream keys, StreamCollector out, int from, String typed, String until,
            long[] nanos, int index) throws Exception {
        long start = System.nanoTime();
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        int at = out.await(until, from, TIMEOUT);
        nanos[index] = System.nanoTime() - start;
        return at;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-40s median %.2f ms, p99 %.2f ms, max %.2f ms (%d round trips over SSH)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
