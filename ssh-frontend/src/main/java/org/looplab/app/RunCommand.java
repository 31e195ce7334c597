package org.looplab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.looplab.console.ConsoleInput;
import org.looplab.console.LabConsole;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStartupException;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Router;
import org.looplab.console.SshConsole;
import org.looplab.ssh.ConsoleKeys;
import org.looplab.ssh.ConsoleSshServer;
import org.looplab.ssh.EndpointPlan;
import org.looplab.ssh.LabSshServer;
import org.looplab.ssh.RouterEndpoint;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code looplab run}: loads a topology, starts its routers and one SSH server for all of them, prints
 * how to log in, then reads console commands until {@code quit} or end of input. With
 * {@code --no-console} it ignores stdin and runs until SIGTERM or Ctrl-C (for {@code looplab run &}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start a lab: routers from a containerlab-style topology, one SSH endpoint each.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    TopologyArgument topologyArgument;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "saved configs (H2), timeline and errors.log (default: .looplab/ beside the topology file)")
    Path stateDir;

    @Option(names = "--host-keys", paramLabel = "DIR",
            description = "the SSH host keys' folder (default: the user's looplab folder, $LOOPLAB_USER_DIR or ~/.looplab,"
                    + " so every lab presents the same keys)")
    Path hostKeys;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "config store JDBC URL instead of the H2 file in the state folder")
    String jdbcUrl;

    @Option(names = "--reset", description = "forget the configs saved by write memory; boot from the topology's files")
    boolean reset;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + EndpointPlan.DEFAULT_BASE_PORT,
            description = "SSH port of the first router; the next routers take the next ports (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--address-per-router",
            description = "give router N the address 127.1.0.N, all on --port (Linux: all of 127/8 is local)")
    boolean addressPerRouter;

    @Option(names = "--bind-any",
            description = "listen on all addresses (0.0.0.0), not only 127.0.0.1: other hosts can reach the routers")
    boolean bindAny;

    @Option(names = "--snmp-port", paramLabel = "PORT",
            description = "SNMP agents' port: with --address-per-router each router's (default 161, or 1161 when 161 may not be bound),"
                    + " else the first router's, the next routers taking the next ports (default 16101)")
    Integer snmpPort;

    @Option(names = "--bgp-port", paramLabel = "PORT",
            description = "where routers accept BGP from host speakers (external nodes): with --address-per-router each router's"
                    + " (default 179, or 1179 when 179 may not be bound), else the first router's, the next routers taking"
                    + " the next ports (default 17901)")
    Integer bgpPort;

    @Option(names = "--no-console", description = "do not read commands from stdin; run until SIGTERM or Ctrl-C")
    boolean noConsole;

    @Option(names = "--console-port", paramLabel = "PORT",
            description = "the console over SSH on 127.0.0.1:PORT, for your OpenSSH key (default: the port before --port's,"
                    + " 2200; skipped with a notice when that one is taken; 0: no console over SSH)")
    Integer consolePort;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1.0",
            description = "virtual seconds per wall-clock second (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--cold",
            description = "start the clock in real time at boot, to watch adjacencies form (default: run as fast as possible until routing is quiet, then real time)")
    boolean cold;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (timer jitter)")
    long seed;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "run a scenario file (timed console commands and expectations) on the virtual clock as fast as"
                    + " possible, print a report and exit: 0 when every expectation held, 1 when one failed, 2 for a bad file")
    Path scenario;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Topology topology;
        try {
            topology = topologyArgument.load();
        } catch (TopologyException e) {
            err.println("looplab: " + e.getMessage());
            return 2;
        }
        Path state = stateDir != null ? stateDir : topology.folder().resolve(".looplab");
        Path keyFolder = hostKeys != null ? hostKeys : UserFolder.current();
        if (scenario != null) {
            return ScenarioCommand.run(topology, scenario, new LabOptions(state, jdbcUrl, reset, seed, speed, cold, true),
                    out, err);
        }
        RunningLab running;
        try {
            running = LabStarter.start(topology, new LabOptions(state, jdbcUrl, reset, seed, speed, cold),
                    progress -> {
                        out.println("looplab: " + progress);
                        out.flush();
                    });
        } catch (LabStartupException e) {
            err.println("looplab: " + e.getMessage());
            return 1;
        }
        LabSshServer ssh;
        try {
            // Linux hosts have no IOS CLI (the console pings from them: host NAME ping A), and an external
            // node's stand-in is the host speaker's place in the lab: SSH reaches the routers only.
            java.util.Set<String> external = new java.util.HashSet<>();
            running.topology().nodes().stream().filter(n -> n.isExternal()).forEach(n -> external.add(n.name()));
            List<Router> routers = running.lab().kernel().call(() -> running.lab().routers().stream()
                    .filter(router -> !router.isEndHost() && !external.contains(router.name())).toList());
            List<RouterEndpoint> endpoints = EndpointPlan.plan(routers, port, addressPerRouter, bindAny);
            ssh = LabSshServer.start(endpoints, keyFolder);
        } catch (IOException | IllegalArgumentException e) {
            running.close();
            err.println("looplab: " + e.getMessage());
            return 1;
        }
        org.looplab.host.HostServices host;
        try {
            host = org.looplab.host.HostServices.start(running.lab(), ssh.endpoints(), addressPerRouter, bindAny, snmpPort,
                    notice -> {
                        out.println("looplab: " + notice);
                        out.flush();
                    });
        } catch (IllegalArgumentException e) {
            ssh.close();
            running.close();
            err.println("looplab: " + e.getMessage());
            return 1;
        }
        running.closeWith(host);
        org.looplab.host.bgp.HostBgpPeering bgpPeering;
        try {
            java.util.Map<Router, java.net.InetAddress> routerHosts = new java.util.LinkedHashMap<>();
            ssh.endpoints().forEach(e -> routerHosts.put(e.router(), e.address().getAddress()));
            bgpPeering = org.looplab.host.bgp.HostBgpPeering.start(running.lab(), running.topology(), routerHosts,
                    addressPerRouter, bgpPort, notice -> {
                        out.println("looplab: " + notice);
                        out.flush();
                    });
        } catch (IOException | IllegalArgumentException e) {
            ssh.close();
            running.close();
            err.println("looplab: " + e.getMessage());
            return 1;
        }
        running.closeWith(bgpPeering);
        LabShutdown shutdown = new LabShutdown(ssh, running);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "looplab-shutdown"));

        new StartupReport(out).print(running, ssh.endpoints(), state, bindAny);
        out.println("looplab: SSH host keys from " + keyFolder.toAbsolutePath().normalize());
        host.report().forEach(out::println);
        bgpPeering.report().forEach(out::println);
        ConsoleSshServer consoleSsh;
        try {
            consoleSsh = startSshConsole(running, ssh.endpoints(), keyFolder, out);
        } catch (IOException e) {
            shutdown.run();
            err.println("looplab: " + e.getMessage());
            return 1;
        }
        if (consoleSsh != null) {
            running.closeWith(consoleSsh);
        }
        out.println("looplab: " + (running.startConvergence() == null
                ? "cold start (--cold): routing converges in real time from boot"
                : running.startConvergence().describe() + "; now in real time"));
        try {
            if (noConsole) {
                out.println("looplab: ready; no console (--no-console): stop with Ctrl-C or SIGTERM");
                out.flush();
                new CountDownLatch(1).await(); // the shutdown hook stops the lab
            } else {
                runConsole(running, ssh.endpoints(), out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            err.println("looplab: console input failed: " + e.getMessage());
        } finally {
            shutdown.run();
        }
        return 0;
    }

    /**
     * The console's SSH endpoint: on the port asked for (failing the start when it cannot listen there),
     * else on the port before the first router's, left out with a notice when that one is taken.
     */
    private ConsoleSshServer startSshConsole(RunningLab running, List<RouterEndpoint> endpoints, Path keyFolder,
            PrintStream out) throws IOException {
        int chosen = consolePort != null ? consolePort : port - 1;
        if (chosen == 0) {
            return null;
        }
        if (chosen < 1 || chosen > 65535) {
            throw new IOException("console port " + chosen + " is not between 1 and 65535 (0: no console over SSH)");
        }
        ConsoleKeys keys = ConsoleKeys.of(UserFolder.current(), Path.of(System.getProperty("user.home"), ".ssh"));
        ConsoleSshServer server;
        try {
            server = SshConsole.start(running, endpoints, chosen, keyFolder, keys);
        } catch (IOException e) {
            if (consolePort != null) {
                throw e;
            }
            out.println("looplab: no console over SSH: " + e.getMessage());
            return null;
        }
        out.println("looplab: console  ssh -p " + chosen + " 127.0.0.1   (your OpenSSH key, or one in "
                + UserFolder.current().resolve(ConsoleKeys.AUTHORIZED_KEYS) + "; e.g. ssh -p " + chosen
                + " 127.0.0.1 'link r1:Gi0/0 down')");
        return server;
    }

    private static void runConsole(RunningLab running, List<RouterEndpoint> endpoints, PrintStream out)
            throws IOException {
        LabConsole console = new LabConsole(running.lab(), endpoints, out);
        console.useTimeline(running.timeline(), running.activity());
        try (ConsoleInput input = ConsoleInput.open()) {
            out.println("looplab: ready; console commands: routers, links, link R:IF down|up, attach R, help, quit");
            out.flush();
            if (!console.runAll(input)) {
                out.println("looplab: console input ended; stopping the lab (use --no-console to run in the background)");
            }
        }
    }
}
