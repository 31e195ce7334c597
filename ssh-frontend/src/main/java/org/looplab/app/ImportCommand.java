package org.looplab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.looplab.topology.ContainerlabWriter;
import org.looplab.topology.FileReason;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyException;
import org.looplab.topology.TopologyLoader;
import org.looplab.topology.TopologyNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code looplab import FILE [--out DIR]}: a CML lab export or a GNS3 project as a containerlab folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert a CML lab export (*.yaml) or a GNS3 project (*.gns3) into a *.clab.yml folder with one config per router.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a CML lab export, a GNS3 project file or its folder")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write (default: the lab's name, here)")
    Path out;

    @Option(names = "--force", description = "write into a folder that already has files")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Topology topology;
        try {
            topology = TopologyLoader.load(file);
        } catch (TopologyException e) {
            e.errors().forEach(line -> err.println("looplab: " + line));
            err.flush();
            return 1;
        }
        Path folder = out != null ? out : Path.of(topology.name());
        try {
            if (!force && Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        err.println("looplab: " + folder + " already has files; choose another --out or add --force");
                        err.flush();
                        return 2;
                    }
                }
            }
            Path written = ContainerlabWriter.write(topology, folder);
            topology.notes().forEach(note -> stdout.println("looplab: note: " + note));
            long hosts = topology.nodes().stream().filter(TopologyNode::isLinuxHost).count();
            stdout.printf("looplab: wrote %s: %d routers, %s%d links%n", written, topology.nodes().size() - hosts,
                    hosts == 0 ? "" : hosts + (hosts == 1 ? " end host, " : " end hosts, "), topology.links().size());
            stdout.println("looplab: run it with: looplab run " + folder);
            stdout.flush();
            return 0;
        } catch (IOException e) {
            err.println("looplab: cannot write " + folder + ": " + FileReason.of(e));
            err.flush();
            return 1;
        }
    }
}
