package org.looplab.topology;

import java.nio.file.Path;

/** One router of a topology; {@code startupConfig} is null when the node has none. */
public record TopologyNode(String name, String kind, Path startupConfig) {
}
