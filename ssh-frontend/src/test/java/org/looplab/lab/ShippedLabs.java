package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLink;
import org.looplab.topology.TopologyLoader;
import org.looplab.topology.TopologyNode;

/** A shipped lab built in virtual time as looplab run builds it, without SSH endpoints, and lines run on its clock. */
public final class ShippedLabs {
    public static final long SECOND = 1_000_000_000L;

    /** What a line printed, and the virtual time its answer was complete. */
    public record Answer(String text, long atNanos) {
    }

    private ShippedLabs() {
    }

    /** topologies/FOLDER with {@code extraConfig} added to every router, after 90 s of OSPF convergence. */
    public static Lab build(String folder, String extraConfig) throws Exception {
        // Tests run in ssh-frontend/, benchmark.sh at the top of the tree.
        Path shipped = Files.isDirectory(Path.of("../topologies")) ? Path.of("../topologies") : Path.of("topologies");
        Topology topology = TopologyLoader.load(shipped.resolve(folder));
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

    /**
     * Runs a line, letting the clock run in 10 ms steps until its answer is complete; null when it is not
     * after {@code waitNanos} of virtual time.
     */
    public static Answer run(Kernel kernel, CliSession session, String line, long waitNanos) {
        long[] at = new long[1];
        CompletableFuture<String> out = kernel.call(() -> session.submit(line));
        out.whenComplete((text, failure) -> at[0] = kernel.now()); // on the kernel thread, at the event's time
        long deadline = kernel.now() + waitNanos;
        while (!out.isDone() && kernel.now() < deadline) {
            kernel.runUntil(kernel.now() + SECOND / 100);
        }
        return out.isDone() ? new Answer(out.join(), at[0]) : null;
    }
}
