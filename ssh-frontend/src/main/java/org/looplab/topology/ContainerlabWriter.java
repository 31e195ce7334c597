package org.looplab.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a lab as a containerlab topology folder: {@code NAME.clab.yml} and one {@code NODE.cfg} a router,
 * so that a lab imported from CML or GNS3 runs with {@code looplab run FOLDER} and containerlab reads it too.
 * The notes of the reading go at the top as comments.
 */
public final class ContainerlabWriter {
    private ContainerlabWriter() {
    }

    /** Writes the folder; returns the topology file. */
    public static Path write(Topology topology, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder yaml = new StringBuilder("# Imported by looplab from " + topology.file().getFileName() + "\n");
        for (String note : topology.notes()) {
            yaml.append("# ").append(note.replace("\n", " ")).append('\n');
        }
        yaml.append("name: ").append(topology.name()).append("\ntopology:\n  nodes:\n");
        for (TopologyNode node : topology.nodes()) {
            yaml.append("    ").append(node.name()).append(": { kind: ").append(node.kind().clabName());
            if (node.hasStartupConfig()) {
                String config = node.bootConfig();
                Files.writeString(folder.resolve(node.name() + ".cfg"), config.endsWith("\n") ? config : config + "\n",
                        StandardCharsets.UTF_8);
                yaml.append(", startup-config: ").append(node.name()).append(".cfg");
            }
            yaml.append(" }\n");
        }
        if (!topology.links().isEmpty()) {
            yaml.append("  links:\n");
        }
        for (TopologyLink link : topology.links()) {
            yaml.append("    - endpoints: [\"").append(link.a().node()).append(':').append(link.a().port().fullName())
                    .append("\", \"").append(link.b().node()).append(':').append(link.b().port().fullName()).append("\"]\n");
        }
        Path file = folder.resolve(topology.name() + ".clab.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
