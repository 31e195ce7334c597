package org.looplab.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.looplab.router.Link;

/**
 * Writes a lab as a containerlab topology folder: {@code NAME.clab.yml} and one {@code NODE.cfg} a router,
 * so that a lab imported from CML or GNS3 runs with {@code looplab run FOLDER} and containerlab reads it too;
 * end hosts are {@code linux} nodes with their {@code exec} lines, and a cable keeps its delay, jitter and loss.
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
            if (node.isLinuxHost() && !node.exec().isEmpty()) {
                yaml.append(", exec: [").append(String.join(", ", node.exec().stream().map(ContainerlabWriter::quoted)
                        .toList())).append(']');
            }
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
            yaml.append("    - endpoints: [").append(quoted(endpoint(topology, link.a()))).append(", ")
                    .append(quoted(endpoint(topology, link.b()))).append("]\n");
            if (link.delayNanos() != Link.DEFAULT_DELAY_NANOS) {
                yaml.append("      delay: ").append(link.delayNanos() / 1000).append("us\n");
            }
            if (link.jitterNanos() > 0) {
                yaml.append("      jitter: ").append(link.jitterNanos() / 1000).append("us\n");
            }
            if (link.lossPercent() > 0) {
                yaml.append("      loss: ").append(link.lossPercent()).append("%\n");
            }
        }
        Path file = folder.resolve(topology.name() + ".clab.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** NODE:PORT as containerlab names it: a Linux host's port by its Linux name (eth1). */
    private static String endpoint(Topology topology, TopologyEndpoint end) {
        boolean linux = topology.nodes().stream().anyMatch(n -> n.name().equals(end.node()) && n.isLinuxHost());
        return end.node() + ":" + (linux ? "eth" + end.port().numbers()[end.port().numbers().length - 1]
                : end.port().fullName());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
