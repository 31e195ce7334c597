package org.looplab.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyException;
import org.looplab.topology.TopologyLoader;
import picocli.CommandLine.Parameters;

/** The {@code [TOPOLOGY]} argument the lab's commands share, with the default lab found from any folder. */
final class TopologyArgument {
    static final String DEFAULT_TOPOLOGY = "topologies/triangle";
    /** Set by the launcher script, so the default topology is found from any folder. */
    static final String HOME_VARIABLE = "LOOPLAB_HOME";

    @Parameters(index = "0", arity = "0..1", paramLabel = "TOPOLOGY",
            description = "a *.clab.yml file, a CML lab export (*.yaml), a GNS3 project (*.gns3), or a folder holding one (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_TOPOLOGY)
    Path path;

    /** The argument as given. */
    Path given() {
        return path;
    }

    /** The topology argument, with the default lab found beside the launcher from any folder. */
    Path resolved() {
        if (path.toString().equals(DEFAULT_TOPOLOGY) && !Files.exists(path)) {
            String home = System.getenv(HOME_VARIABLE);
            if (home != null && !home.isBlank()) {
                return Path.of(home).resolve(DEFAULT_TOPOLOGY);
            }
        }
        return path;
    }

    Topology load() throws TopologyException {
        return TopologyLoader.load(resolved());
    }

    /** The loaded topology, or null after printing why it cannot be read. */
    Topology load(PrintWriter err) {
        try {
            return load();
        } catch (TopologyException e) {
            err.println("looplab: " + e.getMessage());
            return null;
        }
    }
}
