package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * The shipped triangle (../topologies/triangle: OSPF area 0, iBGP full mesh between Loopback0s, each
 * router originating 192.168.N.0/24 from Loopback1) built in-process from its startup-configs, on a
 * kernel that runs as fast as possible.
 */
final class BgpTriangleLab {
    static final long SECOND = 1_000_000_000L;
    private static final Path FOLDER = Path.of("../topologies/triangle");

    final Kernel kernel = new Kernel(7);
    final Lab lab = new Lab("triangle", kernel);
    final Router r1 = lab.addRouter("r1");
    final Router r2 = lab.addRouter("r2");
    final Router r3 = lab.addRouter("r3");
    final Link r1r2 = lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
    final Link r1r3 = lab.connect(r1, InterfaceName.gigabitEthernet(1), r3, InterfaceName.gigabitEthernet(0));
    final Link r2r3 = lab.connect(r2, InterfaceName.gigabitEthernet(1), r3, InterfaceName.gigabitEthernet(1));

    BgpTriangleLab() throws IOException {
        for (Router router : List.of(r1, r2, r3)) {
            String config = Files.readString(FOLDER.resolve(router.name() + ".cfg"));
            assertEquals(List.of(), ConfigLoader.apply(router, config), router.name());
        }
    }

    /** Runs the virtual clock {@code seconds} further. */
    void run(long seconds) {
        kernel.runUntil(kernel.now() + seconds * SECOND);
    }
}
