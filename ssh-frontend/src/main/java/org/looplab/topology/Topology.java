package org.looplab.topology;

import java.nio.file.Path;
import java.util.List;

/**
 * A lab as a topology file describes it: routers and the cables between them, and the notes about keys
 * the file has that mean nothing in looplab (one line each, for the start report).
 */
public record Topology(String name, Path file, List<TopologyNode> nodes, List<TopologyLink> links, List<String> notes) {
    public Topology {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    public Topology(String name, Path file, List<TopologyNode> nodes, List<TopologyLink> links) {
        this(name, file, nodes, links, List.of());
    }

    /** The folder that holds the topology file; the default state folder lives beside it. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
