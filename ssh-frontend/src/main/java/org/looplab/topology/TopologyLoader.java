package org.looplab.topology;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.router.InterfaceName;
import org.looplab.router.Link;
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
 * Reads the subset of containerlab's {@code *.clab.yml} that looplab understands:
 * <pre>
 * name: triangle
 * topology:
 *   nodes:
 *     r1: { kind: cisco_iosv, startup-config: r1.cfg }
 *   links:
 *     - endpoints: ["r1:Gi0/0", "r2:Gi0/0"]
 *       delay: 2ms            # looplab extension, optional
 *       loss: 5%              # looplab extension, optional: frames lost each way
 * </pre>
 * The file is composed into YAML nodes (not Java objects) so that every error can name its line. The
 * first error stops loading: a lab never starts from a topology that was only partly understood.
 */
public final class TopologyLoader {
    /** Kinds that mean "an IOS router"; an absent kind means the same. */
    private static final Set<String> IOS_KINDS = Set.of(
            "cisco_iosv", "cisco_ios", "ios", "iosv", "vr-iosv", "vr-cisco_iosv", "cisco_csr1000v", "csr");
    private static final Set<String> TOP_KEYS = Set.of("name", "topology");
    private static final Set<String> TOPOLOGY_KEYS = Set.of("nodes", "links");
    // "image" is accepted and ignored, so a containerlab file for IOSv loads unchanged.
    private static final Set<String> NODE_KEYS = Set.of("kind", "startup-config", "image");
    private static final Set<String> LINK_KEYS = Set.of("endpoints", "delay", "loss");
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern LOSS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");
    private static final Pattern DELAY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s)");

    private final Path file;

    private TopologyLoader(Path file) {
        this.file = file;
    }

    /** Loads a topology file, or the single {@code *.clab.yml} of a folder. */
    public static Topology load(Path fileOrFolder) throws TopologyException {
        Path file = resolveFile(fileOrFolder);
        return new TopologyLoader(file).read();
    }

    /** The topology file a path names: the path itself, or the single {@code *.clab.yml} in a folder. */
    public static Path resolveFile(Path fileOrFolder) throws TopologyException {
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(fileOrFolder, "*.clab.{yml,yaml}")) {
                entries.forEach(found::add);
            } catch (IOException e) {
                throw new TopologyException(fileOrFolder + ": cannot list the folder: " + e.getMessage());
            }
            if (found.isEmpty()) {
                throw new TopologyException(fileOrFolder + ": no *.clab.yml file in this folder");
            }
            if (found.size() > 1) {
                found.sort(null);
                throw new TopologyException(fileOrFolder + ": several topology files, name one of them: " + found);
            }
            return found.get(0);
        }
        if (!Files.isRegularFile(fileOrFolder)) {
            throw new TopologyException(fileOrFolder + ": no such topology file or folder");
        }
        return fileOrFolder;
    }

    private Topology read() throws TopologyException {
        Node root = compose();
        MappingNode top = mapping(root, "the topology file");
        Map<String, NodeTuple> topKeys = keys(top, TOP_KEYS, "top level");
        String name = scalar(required(top, topKeys, "name"), "name");
        if (!NODE_NAME.matcher(name).matches()) {
            throw error(topKeys.get("name").getValueNode(), "lab name '" + name
                    + "' must be letters, digits, '.', '_' or '-'");
        }
        MappingNode topology = mapping(required(top, topKeys, "topology"), "topology");
        Map<String, NodeTuple> topologyKeys = keys(topology, TOPOLOGY_KEYS, "topology");

        Map<String, TopologyNode> nodes = readNodes(mapping(required(topology, topologyKeys, "nodes"), "nodes"));
        List<TopologyLink> links = new ArrayList<>();
        NodeTuple linksEntry = topologyKeys.get("links");
        if (linksEntry != null && !isNull(linksEntry.getValueNode())) {
            links = readLinks(sequence(linksEntry.getValueNode(), "links"), nodes);
        }
        return new Topology(name, file, new ArrayList<>(nodes.values()), links);
    }

    private Node compose() throws TopologyException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Optional<Node> root = new Compose(settings).composeReader(reader);
            if (root.isEmpty()) {
                throw new TopologyException(file, 1, "the file is empty");
            }
            return root.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(0);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new TopologyException(file, line, "YAML syntax error: " + problem);
        } catch (YamlEngineException e) {
            throw new TopologyException(file, 0, "YAML error: " + e.getMessage());
        } catch (IOException e) {
            throw new TopologyException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    private Map<String, TopologyNode> readNodes(MappingNode nodesNode) throws TopologyException {
        Map<String, TopologyNode> nodes = new LinkedHashMap<>();
        for (NodeTuple entry : nodesNode.getValue()) {
            String nodeName = scalar(entry.getKeyNode(), "node name");
            if (!NODE_NAME.matcher(nodeName).matches()) {
                throw error(entry.getKeyNode(), "node name '" + nodeName
                        + "' must be letters, digits, '.', '_' or '-'");
            }
            if (nodes.containsKey(nodeName)) {
                throw error(entry.getKeyNode(), "node " + nodeName + " is defined twice");
            }
            nodes.put(nodeName, readNode(nodeName, entry.getValueNode()));
        }
        if (nodes.isEmpty()) {
            throw error(nodesNode, "the topology has no nodes");
        }
        return nodes;
    }

    private TopologyNode readNode(String nodeName, Node value) throws TopologyException {
        if (isNull(value)) {
            return new TopologyNode(nodeName, null, null);
        }
        MappingNode node = mapping(value, "node " + nodeName);
        Map<String, NodeTuple> nodeKeys = keys(node, NODE_KEYS, "node " + nodeName);
        String kind = null;
        NodeTuple kindEntry = nodeKeys.get("kind");
        if (kindEntry != null) {
            kind = scalar(kindEntry.getValueNode(), "kind");
            if (!IOS_KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
                throw error(kindEntry.getValueNode(), "node " + nodeName + " has kind '" + kind
                        + "': looplab simulates IOS routers only (kind cisco_iosv, or no kind)");
            }
        }
        Path startupConfig = null;
        NodeTuple configEntry = nodeKeys.get("startup-config");
        if (configEntry != null) {
            String relative = scalar(configEntry.getValueNode(), "startup-config");
            startupConfig = file.toAbsolutePath().getParent().resolve(relative).normalize();
            if (!Files.isRegularFile(startupConfig)) {
                throw error(configEntry.getValueNode(), "startup-config of " + nodeName + ": no such file "
                        + startupConfig);
            }
            if (!Files.isReadable(startupConfig)) {
                throw error(configEntry.getValueNode(), "startup-config of " + nodeName + ": cannot read "
                        + startupConfig);
            }
        }
        return new TopologyNode(nodeName, kind, startupConfig);
    }

    private List<TopologyLink> readLinks(SequenceNode linksNode, Map<String, TopologyNode> nodes)
            throws TopologyException {
        List<TopologyLink> links = new ArrayList<>();
        Map<String, Integer> usedAt = new HashMap<>();
        for (Node item : linksNode.getValue()) {
            MappingNode link = mapping(item, "a link");
            Map<String, NodeTuple> linkKeys = keys(link, LINK_KEYS, "link");
            SequenceNode endpoints = sequence(required(link, linkKeys, "endpoints"), "endpoints");
            if (endpoints.getValue().size() != 2) {
                throw error(endpoints, "a link has exactly two endpoints, not " + endpoints.getValue().size());
            }
            TopologyEndpoint a = readEndpoint(endpoints.getValue().get(0), nodes);
            TopologyEndpoint b = readEndpoint(endpoints.getValue().get(1), nodes);
            for (int i = 0; i < 2; i++) {
                TopologyEndpoint end = i == 0 ? a : b;
                String key = end.node() + ":" + end.port().fullName();
                Integer previous = usedAt.putIfAbsent(key, line(endpoints.getValue().get(i)));
                if (previous != null) {
                    throw error(endpoints.getValue().get(i), end + " is used twice (also at line " + previous
                            + "); an interface takes one link");
                }
            }
            long delay = Link.DEFAULT_DELAY_NANOS;
            NodeTuple delayEntry = linkKeys.get("delay");
            if (delayEntry != null) {
                delay = delayNanos(delayEntry.getValueNode());
            }
            double loss = 0;
            NodeTuple lossEntry = linkKeys.get("loss");
            if (lossEntry != null) {
                loss = lossPercent(lossEntry.getValueNode());
            }
            links.add(new TopologyLink(a, b, delay, loss));
        }
        return links;
    }

    private TopologyEndpoint readEndpoint(Node node, Map<String, TopologyNode> nodes) throws TopologyException {
        String text = scalar(node, "endpoint");
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw error(node, "endpoint '" + text + "' must be NODE:INTERFACE, like r1:Gi0/0");
        }
        String nodeName = text.substring(0, colon).trim();
        if (!nodes.containsKey(nodeName)) {
            throw error(node, "endpoint '" + text + "' names unknown node " + nodeName
                    + " (nodes: " + String.join(", ", nodes.keySet()) + ")");
        }
        InterfaceName port = InterfaceName.parse(text.substring(colon + 1));
        if (port == null) {
            throw error(node, "endpoint '" + text + "': '" + text.substring(colon + 1)
                    + "' is not an interface name (GigabitEthernet0/N, Gi0/N)");
        }
        if (port.isLoopback()) {
            throw error(node, "endpoint '" + text + "': " + port.fullName()
                    + " is a loopback; links join physical interfaces");
        }
        return new TopologyEndpoint(nodeName, port);
    }

    private double lossPercent(Node node) throws TopologyException {
        String text = scalar(node, "loss").trim();
        Matcher matcher = LOSS.matcher(text);
        double value = matcher.matches() ? Double.parseDouble(matcher.group(1)) : -1;
        if (value < 0 || value > 100) {
            throw error(node, "loss '" + text + "' must be a percentage from 0 to 100: 5%, 0.5%");
        }
        return value;
    }

    private long delayNanos(Node node) throws TopologyException {
        String text = scalar(node, "delay").trim();
        Matcher matcher = DELAY.matcher(text);
        if (!matcher.matches()) {
            throw error(node, "delay '" + text + "' must be a number and a unit: 500us, 2ms, 1s");
        }
        double value = Double.parseDouble(matcher.group(1));
        double unit = switch (matcher.group(2)) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            default -> 1e9;
        };
        double nanos = value * unit;
        if (nanos > 60e9) {
            throw error(node, "delay '" + text + "' is more than a minute");
        }
        return Math.round(nanos);
    }

    // ---- YAML node helpers: each names the line of what it rejects ----

    private Map<String, NodeTuple> keys(MappingNode mapping, Set<String> allowed, String where)
            throws TopologyException {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = scalar(entry.getKeyNode(), "key");
            if (!allowed.contains(key)) {
                throw error(entry.getKeyNode(), "unknown key '" + key + "' in " + where
                        + " (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (byKey.put(key, entry) != null) {
                throw error(entry.getKeyNode(), "key '" + key + "' appears twice in " + where);
            }
        }
        return byKey;
    }

    private Node required(MappingNode mapping, Map<String, NodeTuple> keys, String key) throws TopologyException {
        NodeTuple entry = keys.get(key);
        if (entry == null) {
            throw error(mapping, "missing key '" + key + "'");
        }
        return entry.getValueNode();
    }

    private MappingNode mapping(Node node, String what) throws TopologyException {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(node, what + " must be a mapping (key: value lines)");
    }

    private SequenceNode sequence(Node node, String what) throws TopologyException {
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        throw error(node, what + " must be a list");
    }

    private String scalar(Node node, String what) throws TopologyException {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return scalar.getValue();
        }
        throw error(node, what + " must be a plain value");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(0);
    }

    private TopologyException error(Node node, String reason) {
        return new TopologyException(file, line(node), reason);
    }
}
