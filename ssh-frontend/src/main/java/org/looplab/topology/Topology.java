package org.looplab.topology;

import java.nio.file.Path;
import java.util.List;

/** A lab as a topology file describes it: routers and the cables between them. */
public record Topology(String name, Path file, List<TopologyNode> nodes, List<TopologyLink> links) {
    public Topology {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** The folder that holds the topology file; the default state folder lives beside it. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
