package org.looplab.topology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One router of a topology: its kind, and its startup-config as a file ({@code startupConfig}, null when
 * none), as text written in the topology ({@code inlineConfig}, null when none), or a {@code .partial}
 * file appended to the kind's default config.
 */
public record TopologyNode(String name, NodeKind kind, Path startupConfig, String inlineConfig, boolean partial,
        List<String> exec, ExternalPeer external) {
    public TopologyNode {
        exec = List.copyOf(exec);
    }

    public TopologyNode(String name, NodeKind kind, Path startupConfig, String inlineConfig, boolean partial,
                        List<String> exec) {
        this(name, kind, startupConfig, inlineConfig, partial, exec, null);
    }

    public TopologyNode(String name, NodeKind kind, Path startupConfig, String inlineConfig, boolean partial) {
        this(name, kind, startupConfig, inlineConfig, partial, List.of(), null);
    }

    public TopologyNode(String name, NodeKind kind, Path startupConfig) {
        this(name, kind, startupConfig, null, false);
    }

    /** True for a {@code linux} node: an end host whose addresses and routes come from its exec lines. */
    public boolean isLinuxHost() {
        return kind == NodeKind.LINUX;
    }

    /** What a linux node's exec lines set up (addresses, routes, forwarding) and which ones are not run. */
    public LinuxExec linuxExec() {
        return LinuxExec.of(exec);
    }

    /** A node of kind {@code external}: a BGP speaker on the host, not a router of the lab. */
    public static TopologyNode external(String name, ExternalPeer peer) {
        return new TopologyNode(name, NodeKind.EXTERNAL, null, null, false, List.of(), peer);
    }

    public boolean isExternal() {
        return external != null;
    }

    /** True when the topology gives this node a configuration of its own. */
    public boolean hasStartupConfig() {
        return startupConfig != null || inlineConfig != null;
    }

    /**
     * The configuration the node boots with from the topology: its file or text, a partial file after
     * the kind's default config, or the kind's default config (containerlab's admin/admin login).
     */
    public String bootConfig() throws IOException {
        if (external != null) {
            return external.bootConfig(name);
        }
        if (kind == NodeKind.LINUX) {
            return kind.defaultConfig(name) + linuxExec().config();
        }
        if (inlineConfig != null) {
            return inlineConfig;
        }
        if (startupConfig == null) {
            return kind.defaultConfig(name);
        }
        String text = TextFile.read(startupConfig);
        return partial ? kind.defaultConfig(name) + text : text;
    }
}
