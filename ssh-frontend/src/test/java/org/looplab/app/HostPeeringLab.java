package org.looplab.app;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.looplab.cli.session.CliSession;
import org.looplab.host.bgp.HostBgpPeering;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Router;
import org.looplab.ssh.FreePorts;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;

/**
 * The shipped {@code topologies/host-peering} lab, started in this JVM as {@code looplab run
 * --address-per-router} starts it, with the host speaker's port and the routers' BGP port made free ones:
 * r1, r2, r3 answer BGP from the host on 127.1.0.N:{@link #bgpPort}, the speaker is expected at
 * 127.0.0.2:{@link #speakerPort} and stands in the lab at 10.0.99.2.
 */
final class HostPeeringLab implements AutoCloseable {
    static final String SPEAKER = "127.0.0.2";
    final int speakerPort;
    final int bgpPort;
    final RunningLab running;
    final HostBgpPeering peering;
    final List<String> notices = new CopyOnWriteArrayList<>();

    private HostPeeringLab(Path folder, String extraR1) throws Exception {
        Path shipped = Path.of("..", "topologies", "host-peering").toAbsolutePath().normalize();
        Path lab = Files.createDirectories(folder.resolve("lab"));
        int[] ports = {FreePorts.consecutive(1), FreePorts.consecutive(1)};
        speakerPort = ports[0];
        bgpPort = ports[1];
        for (String file : List.of("r1.cfg", "r2.cfg", "r3.cfg")) {
            String text = Files.readString(shipped.resolve(file));
            if (file.equals("r1.cfg") && extraR1 != null) {
                text = text.replace("\nend\n", "\n" + extraR1 + "end\n");
            }
            Files.writeString(lab.resolve(file), text);
        }
        Files.writeString(lab.resolve("host-peering.clab.yml"), Files.readString(shipped.resolve("host-peering.clab.yml"))
                .replace("port: 10179", "port: " + speakerPort));
        Topology topology = TopologyLoader.load(lab.resolve("host-peering.clab.yml"));
        running = LabStarter.start(topology, new LabOptions(folder.resolve("state"), null, true, 1, 1.0));
        Map<Router, InetAddress> hosts = new LinkedHashMap<>();
        running.lab().kernel().call(() -> {
            for (Router router : running.lab().routers()) {
                if (router.name().startsWith("r")) {
                    hosts.put(router, InetAddress.getByName("127.1.0." + router.name().substring(1)));
                }
            }
            return null;
        });
        peering = HostBgpPeering.start(running.lab(), topology, hosts, true, bgpPort, notices::add);
    }

    static HostPeeringLab start(Path folder) throws Exception {
        return new HostPeeringLab(folder, null);
    }

    /** With more lines in r1's startup-config (before its {@code end}). */
    static HostPeeringLab start(Path folder, String extraR1) throws Exception {
        return new HostPeeringLab(folder, extraR1);
    }

    /** A privileged CLI line on a router, run on the kernel thread. */
    String cli(String router, String line) {
        return running.lab().kernel().call(() -> new CliSession(running.lab().router(router), "admin", 15, "127.0.0.1")
                .execute(line));
    }

    /** The console's {@code link ROUTER:INTERFACE down|up}. */
    void link(String router, String interfaceName, boolean up) {
        running.lab().kernel().call(() -> {
            var lab = running.lab();
            lab.setConnected(lab.linkAt(router, org.looplab.router.InterfaceName.parse(interfaceName)), up);
            return null;
        });
    }

    static void await(Duration limit, BooleanSupplier condition, java.util.function.Supplier<String> why) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out: " + why.get());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    @Override
    public void close() {
        peering.close();
        running.close();
    }
}
