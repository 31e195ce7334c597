package org.looplab.topology;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One topology file composed into YAML nodes (not Java objects), so that every error names its line. JSON
 * is YAML too: a GNS3 project reads the same way. Each helper throws {@code FILE:LINE: reason}.
 */
final class YamlTree {
    private final Path file;
    private final Node root;

    private YamlTree(Path file, Node root) {
        this.file = file;
        this.root = root;
    }

    static YamlTree read(Path file) throws TopologyException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        try (StringReader reader = new StringReader(TextFile.read(file))) {
            Optional<Node> root = new Compose(settings).composeReader(reader);
            if (root.isEmpty()) {
                throw new TopologyException(file, 1, "the file is empty");
            }
            return new YamlTree(file, root.get());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(0);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new TopologyException(file, line, "YAML syntax error: " + problem);
        } catch (YamlEngineException e) {
            throw new TopologyException(file, 0, "YAML error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (TextFile.NotText e) {
            throw new TopologyException(file, e.line(), "the topology file is " + e.reason());
        } catch (IOException e) {
            throw new TopologyException(file, 0, "cannot read: " + FileReason.of(e));
        }
    }

    Path file() {
        return file;
    }

    Node root() {
        return root;
    }

    /** The mapping's entries by key, each key one of {@code allowed} (null: any key) and given once. */
    Map<String, NodeTuple> keys(MappingNode mapping, Set<String> allowed, String where) throws TopologyException {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = scalar(entry.getKeyNode(), "key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(entry.getKeyNode(), "unknown key '" + key + "' in " + where
                        + " (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (byKey.put(key, entry) != null) {
                throw error(entry.getKeyNode(), "key '" + key + "' appears twice in " + where);
            }
        }
        return byKey;
    }

    Node required(MappingNode mapping, Map<String, NodeTuple> keys, String key) throws TopologyException {
        NodeTuple entry = keys.get(key);
        if (entry == null) {
            throw error(mapping, "missing key '" + key + "'");
        }
        return entry.getValueNode();
    }

    MappingNode mapping(Node node, String what) throws TopologyException {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(node, what + " must be a mapping (key: value lines)");
    }

    SequenceNode sequence(Node node, String what) throws TopologyException {
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        throw error(node, what + " must be a list");
    }

    String scalar(Node node, String what) throws TopologyException {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return scalar.getValue();
        }
        throw error(node, what + " must be a plain value");
    }

    /** The scalar value of an optional entry, or null when it is absent or null. */
    String optional(Map<String, NodeTuple> keys, String key) throws TopologyException {
        NodeTuple entry = keys.get(key);
        return entry == null || isNull(entry.getValueNode()) ? null : scalar(entry.getValueNode(), key);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }

    static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(0);
    }

    TopologyException error(Node node, String reason) {
        return new TopologyException(file, line(node), reason);
    }
}
