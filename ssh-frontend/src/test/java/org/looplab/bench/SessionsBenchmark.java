package org.looplab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.sshd.client.SshClient;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.ssh.EndpointPlan;
import org.looplab.ssh.FreePorts;
import org.looplab.ssh.LabSshServer;
import org.looplab.ssh.ManySessions;
import org.looplab.topology.TopologyLoader;

/**
 * Many concurrent SSH sessions, printed, never asserted: SESSIONS connections to one router started at the
 * same moment (MINA's client in-process), each logs in and opens a PTY shell, then each runs COMMANDS
 * times {@code show ip interface brief}, the next as soon as the prompt is back. Prints how many sessions
 * failed (reset, refused, timed out), the median and p99 of the round trips (keys sent to the next prompt)
 * and the threads each open session costs. Run it with
 * {@code BENCHMARK=SessionsBenchmark ssh-frontend/benchmark.sh [SESSIONS] [COMMANDS]} (default 500 x 100).
 */
public final class SessionsBenchmark {
    private SessionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path folder = Files.createTempDirectory("looplab-sessions-bench");
        Files.writeString(folder.resolve("r1.cfg"), "hostname R1\nusername admin privilege 15 secret admin\n"
                + "interface Loopback0\n ip address 10.0.0.1 255.255.255.255\n"
                + "line vty 0 " + (sessions + 9) + "\n transport input ssh\n login local\nend\n");
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        Path state = folder.resolve("state");
        try (RunningLab running = LabStarter.start(TopologyLoader.load(folder), new LabOptions(state, null, false, 1, 1.0))) {
            int port = FreePorts.consecutive(1);
            LabSshServer server = LabSshServer.start(EndpointPlan.plan(running.lab().routers(), port, false, false), state);
            SshClient client = ManySessions.client();
            client.start();
            try {
                long start = System.nanoTime();
                ManySessions.Result result = ManySessions.run(client, port, "admin", "admin", sessions, commands,
                        "show ip interface brief", "R1#", Duration.ofSeconds(300));
                double seconds = (System.nanoTime() - start) / 1e9;
                long[] sorted = result.roundTrips().clone();
                Arrays.sort(sorted);
                System.out.printf("%d sessions x %d commands ('show ip interface brief', PTY shells, all open at once)"
                        + " in %.1f s%n", sessions, commands, seconds);
                if (sorted.length > 0) {
                    System.out.printf("round trip: median %.2f ms, p99 %.2f ms, max %.2f ms (%d round trips)%n",
                            sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                            sorted[sorted.length - 1] / 1e6, sorted.length);
                }
                System.out.printf("errors: %d%s%n", result.failures().size(),
                        result.failures().isEmpty() ? "" : " (first: " + result.failures().get(0) + ")");
                System.out.printf("all sessions open (connected, logged in, at the prompt) after %.1f s%n",
                        result.openNanos() / 1e9);
                System.out.printf("threads per open session: %.2f%n", result.threadsPerSessionTimes100() / 100.0);
            } finally {
                client.stop();
                server.close();
            }
        }
    }
}
