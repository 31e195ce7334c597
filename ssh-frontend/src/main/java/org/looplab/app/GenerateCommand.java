package org.looplab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.looplab.generate.LabGenerator;
import org.looplab.generate.LabShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code looplab generate ring|grid|random|clos N [--bgp rr] [--out DIR] [--seed S]}: a large lab, ready to run. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a lab: addressed cables, loopbacks, OSPF area 0, and with --bgp rr iBGP to two route reflectors.")
public final class GenerateCommand implements Callable<Integer> {
    enum Bgp { none, rr }

    @Parameters(index = "0", paramLabel = "SHAPE", description = "ring, grid, random or clos (leaf-spine)")
    LabShape shape;

    @Parameters(index = "1", paramLabel = "N", description = "how many routers (1 to " + LabGenerator.MAX_ROUTERS + ")")
    int routers;

    @Option(names = "--bgp", paramLabel = "MODE", defaultValue = "none",
            description = "rr: iBGP AS 65000, every router a client of the route reflectors (two; a Clos lab's spines); none (default): OSPF only")
    Bgp bgp;

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write (default: SHAPE+N, e.g. ring20, here)")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random graph seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--force", description = "write into a folder that already has files")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        int most = shape.maxRouters(LabGenerator.MAX_ROUTERS);
        if (routers < shape.minRouters() || routers > most) {
            err.println("looplab: N must be " + shape.minRouters() + " to " + most + " for " + shape + ", not " + routers
                    + (shape == LabShape.clos ? " (every leaf takes a port on each spine, and a spine has 64)" : ""));
            return 2;
        }
        Path folder = out != null ? out : Path.of(shape.name() + routers);
        try {
            if (!force && Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        err.println("looplab: " + folder + " already has files; choose another --out or add --force");
                        return 2;
                    }
                }
            }
            LabGenerator.Generated lab = LabGenerator.write(shape, routers, bgp == Bgp.rr, seed, folder);
            stdout.printf("looplab: wrote %s: %d routers, %d links, OSPF area 0%s%n", lab.topologyFile(), lab.routers(),
                    lab.links(), lab.routeReflectors().isEmpty() ? ""
                            : ", iBGP AS 65000 with route reflectors " + String.join(" and ", lab.routeReflectors()));
            stdout.println("looplab: run it with: looplab run " + folder);
            stdout.flush();
            return 0;
        } catch (IOException e) {
            err.println("looplab: cannot write " + folder + ": " + e.getMessage());
            return 1;
        }
    }
}
