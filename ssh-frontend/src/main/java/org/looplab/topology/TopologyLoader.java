package org.looplab.topology;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.router.InterfaceName;
import org.looplab.router.Link;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads containerlab's {@code *.clab.yml} as containerlab documents it (containerlab.dev/manual/topo-def-file):
 * <pre>
 * name: triangle
 * prefix: ""                      # accepted, noted: no containers are named
 * mgmt: {network: x, ipv4-subnet: 172.20.20.0/24}   # accepted, noted: no management network
 * topology:
 *   defaults: {kind: cisco_iol}   # merged into every node
 *   kinds:
 *     cisco_iol: {startup-config: configs/__clabNodeName__.partial.cfg}
 *   groups: {core: {...}}         # merged into the nodes that name the group
 *   nodes:
 *     r1: { kind: cisco_iosv, startup-config: r1.cfg, image: ..., mgmt-ipv4: ... }
 *   links:
 *     - endpoints: ["r1:Gi0/0", "r2:eth1"]
 *       delay: 2ms            # looplab extension, optional
 *       loss: 5%              # looplab extension, optional: frames lost each way
 *     - type: veth
 *       endpoints: [{node: r1, interface: Gi0/1}, {node: r3, interface: Gi0/1}]
 * </pre>
 * A node's settings come from {@code defaults}, then its kind's entry in {@code kinds}, then its group,
 * then the node itself, the later winning, as containerlab merges them. Keys that containerlab knows but
 * that mean nothing in a simulation (images, binds, env, exec, management addressing, labels) are
 * accepted with one note each; a key containerlab does not know is an error. The file is composed into
 * YAML nodes (not Java objects) so that every error can name its line. The first error stops loading: a
 * lab never starts from a topology that was only partly understood.
 */
public final class TopologyLoader {
    private static final Set<String> TOP_KEYS = Set.of("name", "topology", "prefix", "mgmt", "settings", "debug");
    private static final Set<String> TOPOLOGY_KEYS = Set.of("nodes", "links", "defaults", "kinds", "groups");
    /** Node keys that looplab uses. */
    private static final Set<String> NODE_KEYS = Set.of("kind", "type", "startup-config", "group", "address", "port",
            "lab-address", "gateway");
    /** The keys of a node of kind {@code external} ({@link ExternalPeer}). */
    private static final Set<String> EXTERNAL_KEYS = Set.of("address", "port", "lab-address", "gateway");
    private static final Pattern LAB_ADDRESS = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Node keys of containerlab that mean nothing in a simulation, and why. */
    private static final Map<String, String> NODE_KEYS_WITHOUT_MEANING = nodeKeysWithoutMeaning();
    private static final Set<String> LINK_KEYS = Set.of("endpoints", "delay", "jitter", "loss", "type", "endpoint");
    private static final Map<String, String> LINK_KEYS_WITHOUT_MEANING = Map.of(
            "mtu", "links carry whole packets, whatever their size",
            "vars", "no templates are rendered",
            "labels", "no containers are labelled",
            "ipv4", "link addresses are not configured from the topology: give them in the startup-configs",
            "ipv6", "IPv6 is not simulated");
    private static final Set<String> ENDPOINT_KEYS = Set.of("node", "interface", "mac", "vars");
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern LOSS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");
    private static final Pattern DELAY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s)");
    /** containerlab's special endpoint "nodes": the host, the management network, macvlan... */
    private static final Set<String> SPECIAL_NODES = Set.of("host", "mgmt-net", "macvlan", "ovs-bridge", "bridge");

    private final Path file;
    private final YamlTree yaml;
    /** Key -> where it appeared ("r1", "top level"), for one note a key. */
    private final Map<String, Set<String>> ignoredKeys = new TreeMap<>();
    private final Map<String, String> ignoredWhy = new TreeMap<>();
    /** Every bad node and link found, each {@code FILE:LINE: reason}; thrown together at the end. */
    private final List<String> errors = new ArrayList<>();
    private final Set<String> badNodes = new TreeSet<>();

    private TopologyLoader(YamlTree yaml) {
        this.yaml = yaml;
        this.file = yaml.file();
    }

    private static Map<String, String> nodeKeysWithoutMeaning() {
        Map<String, String> keys = new LinkedHashMap<>();
        String noContainer = "no container runs: the router is simulated";
        for (String key : List.of("image", "image-pull-policy", "binds", "env", "env-files", "exec", "cmd",
                "entrypoint", "user", "ports", "publish", "license", "network-mode", "restart-policy", "cpu",
                "cpu-set", "memory", "shm-size", "sysctls", "dns", "extra-hosts", "cap-add", "devices",
                "runtime", "healthcheck", "certificate", "extras", "wait-for", "stages", "config",
                "components", "auto-remove", "aliases", "sandbox", "kernel", "startup-delay")) {
            keys.put(key, noContainer);
        }
        String noMgmt = "there is no management network: log in over looplab's SSH endpoints";
        keys.put("mgmt-ipv4", noMgmt);
        keys.put("mgmt-ipv6", noMgmt);
        keys.put("labels", "no containers are labelled");
        keys.put("enforce-startup-config", "the startup-config always applies");
        keys.put("suppress-startup-config", "the startup-config always applies");
        return keys;
    }

    /** Loads a topology file (containerlab's, a CML lab export or a GNS3 project), or the one of a folder. */
    public static Topology load(Path fileOrFolder) throws TopologyException {
        Path file = resolveFile(fileOrFolder);
        if (Gns3Project.isProjectFile(file)) {
            return Gns3Project.read(YamlTree.read(file));
        }
        YamlTree yaml = YamlTree.read(file);
        if (CmlLab.isLab(yaml)) {
            return CmlLab.read(yaml);
        }
        return new TopologyLoader(yaml).read();
    }

    /**
     * The topology file a path names: the path itself, or the single {@code *.clab.yml} (or GNS3
     * {@code *.gns3}: a GNS3 project is a folder) in a folder.
     */
    public static Path resolveFile(Path fileOrFolder) throws TopologyException {
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(fileOrFolder, "{*.clab.yml,*.clab.yaml,*.gns3}")) {
                entries.forEach(found::add);
            } catch (IOException e) {
                throw new TopologyException(fileOrFolder + ": cannot list the folder: " + FileReason.of(e));
            }
            if (found.isEmpty()) {
                throw new TopologyException(fileOrFolder + ": no *.clab.yml file (or GNS3 *.gns3 project) in this folder");
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
        Node root = yaml.root();
        MappingNode top = mapping(root, "the topology file");
        Map<String, NodeTuple> topKeys = keys(top, TOP_KEYS, "top level");
        String name = scalar(required(top, topKeys, "name"), "name");
        if (!NODE_NAME.matcher(name).matches()) {
            throw error(topKeys.get("name").getValueNode(), "lab name '" + name
                    + "' must be letters, digits, '.', '_' or '-'");
        }
        note(topKeys, "prefix", "top level", "no containers are named");
        note(topKeys, "mgmt", "top level", "there is no management network: log in over looplab's SSH endpoints");
        note(topKeys, "settings", "top level", "no containers run");
        note(topKeys, "debug", "top level", "no containers run");
        MappingNode topology = mapping(required(top, topKeys, "topology"), "topology");
        Map<String, NodeTuple> topologyKeys = keys(topology, TOPOLOGY_KEYS, "topology");

        Map<String, NodeTuple> defaults = settings(topologyKeys.get("defaults"), "defaults");
        Map<String, Map<String, NodeTuple>> kinds = settingsByName(topologyKeys.get("kinds"), "kinds");
        Map<String, Map<String, NodeTuple>> groups = settingsByName(topologyKeys.get("groups"), "groups");
        Map<String, TopologyNode> nodes = readNodes(mapping(required(topology, topologyKeys, "nodes"), "nodes"),
                defaults, kinds, groups);
        List<TopologyLink> links = new ArrayList<>();
        NodeTuple linksEntry = topologyKeys.get("links");
        if (linksEntry != null && !isNull(linksEntry.getValueNode())) {
            links = readLinks(sequence(linksEntry.getValueNode(), "links"), nodes);
        }
        if (!errors.isEmpty()) {
            throw new TopologyException(errors);
        }
        List<String> notes = new ArrayList<>();
        ignoredKeys.forEach((key, where) -> notes.add("topology key '" + key + "' (" + String.join(", ", where)
                + ") accepted and not used: " + ignoredWhy.get(key)));
        return new Topology(name, file, withExternalPorts(nodes, links, file), links, notes);
    }

    private void note(Map<String, NodeTuple> keys, String key, String where, String why) {
        if (keys.containsKey(key)) {
            ignoredKeys.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
            ignoredWhy.put(key, why);
        }
    }

    /** The node settings of {@code defaults}, a kind or a group: the keys a node may have. */
    private Map<String, NodeTuple> settings(NodeTuple entry, String where) throws TopologyException {
        if (entry == null || isNull(entry.getValueNode())) {
            return Map.of();
        }
        return nodeKeys(mapping(entry.getValueNode(), where), where);
    }

    private Map<String, Map<String, NodeTuple>> settingsByName(NodeTuple entry, String where)
            throws TopologyException {
        Map<String, Map<String, NodeTuple>> byName = new LinkedHashMap<>();
        if (entry == null || isNull(entry.getValueNode())) {
            return byName;
        }
        for (NodeTuple each : mapping(entry.getValueNode(), where).getValue()) {
            String name = scalar(each.getKeyNode(), where + " name");
            byName.put(name.toLowerCase(Locale.ROOT), isNull(each.getValueNode()) ? Map.of()
                    : nodeKeys(mapping(each.getValueNode(), where + " " + name), where + " " + name));
        }
        return byName;
    }

    /** A node's keys: those looplab uses and those containerlab has that mean nothing here. */
    private Map<String, NodeTuple> nodeKeys(MappingNode node, String where) throws TopologyException {
        Set<String> allowed = new TreeSet<>(NODE_KEYS);
        allowed.addAll(NODE_KEYS_WITHOUT_MEANING.keySet());
        return keys(node, allowed, where);
    }

    private Map<String, TopologyNode> readNodes(MappingNode nodesNode, Map<String, NodeTuple> defaults,
            Map<String, Map<String, NodeTuple>> kinds, Map<String, Map<String, NodeTuple>> groups)
            throws TopologyException {
        Map<String, TopologyNode> nodes = new LinkedHashMap<>();
        for (NodeTuple entry : nodesNode.getValue()) {
          try {
            String nodeName = scalar(entry.getKeyNode(), "node name");
            if (!NODE_NAME.matcher(nodeName).matches()) {
                throw error(entry.getKeyNode(), "node name '" + nodeName
                        + "' must be letters, digits, '.', '_' or '-'");
            }
            if (nodes.containsKey(nodeName)) {
                throw error(entry.getKeyNode(), "node " + nodeName + " is defined twice");
            }
            Map<String, NodeTuple> own = isNull(entry.getValueNode()) ? Map.of()
                    : nodeKeys(mapping(entry.getValueNode(), "node " + nodeName), "node " + nodeName);
            nodes.put(nodeName, readNode(nodeName, entry.getKeyNode(), merged(nodeName, own, defaults, kinds, groups)));
          } catch (TopologyException bad) {
              errors.add(bad.getMessage()); // every bad node is reported, not only the first
              badNodes.add(entry.getKeyNode() instanceof ScalarNode key ? key.getValue() : "");
          }
        }
        if (nodes.isEmpty() && !errors.isEmpty()) {
            throw new TopologyException(errors);
        }
        if (nodes.isEmpty()) {
            throw error(nodesNode, "the topology has no nodes");
        }
        return nodes;
    }

    /** containerlab's precedence: the node, then its group, then its kind, then the defaults. */
    private Map<String, NodeTuple> merged(String nodeName, Map<String, NodeTuple> own, Map<String, NodeTuple> defaults,
            Map<String, Map<String, NodeTuple>> kinds, Map<String, Map<String, NodeTuple>> groups)
            throws TopologyException {
        Map<String, NodeTuple> group = Map.of();
        NodeTuple groupEntry = own.get("group");
        if (groupEntry != null) {
            group = groups.getOrDefault(scalar(groupEntry.getValueNode(), "group").toLowerCase(Locale.ROOT), Map.of());
        }
        NodeTuple kindEntry = own.containsKey("kind") ? own.get("kind")
                : group.containsKey("kind") ? group.get("kind") : defaults.get("kind");
        Map<String, NodeTuple> kind = kindEntry == null ? Map.of()
                : kinds.getOrDefault(scalar(kindEntry.getValueNode(), "kind").toLowerCase(Locale.ROOT), Map.of());
        Map<String, NodeTuple> all = new LinkedHashMap<>(defaults);
        all.putAll(kind);
        all.putAll(group);
        all.putAll(own);
        return all;
    }

    private TopologyNode readNode(String nodeName, Node where, Map<String, NodeTuple> keys) throws TopologyException {
        boolean linux = keys.containsKey("kind") && NodeKind.named(scalar(keys.get("kind").getValueNode(), "kind"))
                == NodeKind.LINUX;
        for (String key : keys.keySet()) {
            if (NODE_KEYS_WITHOUT_MEANING.containsKey(key) && !(linux && key.equals("exec"))) {
                ignoredKeys.computeIfAbsent(key, k -> new TreeSet<>()).add(nodeName);
                ignoredWhy.put(key, NODE_KEYS_WITHOUT_MEANING.get(key));
            }
        }
        NodeKind kind = NodeKind.IOSV;
        NodeTuple kindEntry = keys.get("kind");
        if (kindEntry != null) {
            String kindName = scalar(kindEntry.getValueNode(), "kind");
            NodeTuple typeEntry = keys.get("type");
            String type = typeEntry == null ? null : scalar(typeEntry.getValueNode(), "type");
            String refusal = NodeKind.refusal(kindName, type);
            if (refusal != null) {
                throw error(typeEntry != null && refusal.contains("type") ? typeEntry.getValueNode()
                        : kindEntry.getValueNode(), "node " + nodeName + " (kind " + kindName + "): " + refusal);
            }
            kind = NodeKind.named(kindName);
            if (kind == null) {
                throw error(kindEntry.getValueNode(), "node " + nodeName + " has kind '" + kindName
                        + "': looplab simulates IOS routers and Linux end hosts only (kinds cisco_iol, cisco_vios, "
                        + "cisco_iosv, cisco_csr1000v, cisco_c8000v, cisco_dynamips, linux; external for a BGP speaker on the host)");
            }
        }
        if (kind == NodeKind.EXTERNAL) {
            return TopologyNode.external(nodeName, readExternal(nodeName, where, keys));
        }
        for (String key : EXTERNAL_KEYS) {
            if (keys.containsKey(key)) {
                throw error(keys.get(key).getKeyNode(), "node " + nodeName + ": '" + key
                        + "' belongs to nodes of kind external (a BGP speaker on the host)");
            }
        }
        if (kind == NodeKind.LINUX) {
            // A host's addresses and routes are in its exec lines (ip addr add, ip route add); no IOS config.
            List<String> exec = new ArrayList<>();
            NodeTuple execEntry = keys.get("exec");
            if (execEntry != null && !isNull(execEntry.getValueNode())) {
                for (Node line : sequence(execEntry.getValueNode(), "exec of " + nodeName).getValue()) {
                    exec.add(scalar(line, "an exec line of " + nodeName));
                }
            }
            return new TopologyNode(nodeName, kind, null, null, false, exec);
        }
        NodeTuple configEntry = keys.get("startup-config");
        if (configEntry == null) {
            return new TopologyNode(nodeName, kind, null);
        }
        String value = scalar(configEntry.getValueNode(), "startup-config");
        if (value.contains("\n")) {
            return new TopologyNode(nodeName, kind, null, value, false); // containerlab's embedded config
        }
        String relative = value.replace("__clabNodeName__", nodeName);
        Path startupConfig = file.toAbsolutePath().getParent().resolve(relative).normalize();
        if (Files.isDirectory(startupConfig)) {
            throw error(configEntry.getValueNode(), "startup-config of " + nodeName + ": cannot read "
                    + startupConfig + ": it is a folder");
        }
        if (!Files.isRegularFile(startupConfig)) {
            throw error(configEntry.getValueNode(), "startup-config of " + nodeName + ": no such file "
                    + startupConfig);
        }
        if (!Files.isReadable(startupConfig)) {
            throw error(configEntry.getValueNode(), "startup-config of " + nodeName + ": cannot read "
                    + startupConfig);
        }
        try {
            TextFile.read(startupConfig);
        } catch (TextFile.NotText e) {
            throw new TopologyException(startupConfig, e.line(), "startup-config of " + nodeName + " is " + e.reason());
        } catch (IOException e) {
            throw error(configEntry.getValueNode(), "startup-config of " + nodeName + ": cannot read "
                    + startupConfig + ": " + FileReason.of(e));
        }
        boolean partial = startupConfig.getFileName().toString().contains(".partial");
        return new TopologyNode(nodeName, kind, startupConfig, null, partial);
    }

    /** {@code address} (127/8), {@code port}, {@code lab-address A.B.C.D/LEN}, {@code gateway}. */
    private ExternalPeer readExternal(String nodeName, Node where, Map<String, NodeTuple> keys) throws TopologyException {
        if (keys.containsKey("startup-config")) {
            throw error(keys.get("startup-config").getKeyNode(), "node " + nodeName
                    + " (kind external) is a BGP speaker on the host: it takes address, port, lab-address and gateway, "
                    + "not a startup-config");
        }
        NodeTuple addressEntry = keys.get("address");
        if (addressEntry == null) {
            throw error(where, "node " + nodeName + " (kind external) needs 'address': the host speaker's 127/8 address");
        }
        String addressText = scalar(addressEntry.getValueNode(), "address").trim();
        java.net.InetAddress host = null;
        if (DOTTED.matcher(addressText).matches()) {
            try {
                host = java.net.InetAddress.getByName(addressText);
            } catch (java.net.UnknownHostException e) {
                host = null;
            }
        }
        if (host == null || !host.isLoopbackAddress()) {
            throw error(addressEntry.getValueNode(), "node " + nodeName + ": address '" + addressText
                    + "' must be an IPv4 address in 127.0.0.0/8, where the host's BGP speaker listens");
        }
        int port = ExternalPeer.DEFAULT_PORT;
        NodeTuple portEntry = keys.get("port");
        if (portEntry != null) {
            String text = scalar(portEntry.getValueNode(), "port").trim();
            port = text.matches("\\d{1,5}") ? Integer.parseInt(text) : -1;
            if (port < 1 || port > 65535) {
                throw error(portEntry.getValueNode(), "node " + nodeName + ": port '" + text + "' must be 1 to 65535");
            }
        }
        NodeTuple labEntry = keys.get("lab-address");
        if (labEntry == null) {
            throw error(where, "node " + nodeName + " (kind external) needs 'lab-address: A.B.C.D/LEN': its address "
                    + "on its link into the lab (the address the routers' neighbor lines name)");
        }
        String labText = scalar(labEntry.getValueNode(), "lab-address").trim();
        Matcher lab = LAB_ADDRESS.matcher(labText);
        if (!lab.matches() || Integer.parseInt(lab.group(2)) > 30 || Integer.parseInt(lab.group(2)) < 8
                || !validDotted(lab.group(1))) {
            throw error(labEntry.getValueNode(), "node " + nodeName + ": lab-address '" + labText
                    + "' must be A.B.C.D/LEN with LEN from 8 to 30, like 10.0.99.2/30");
        }
        String gateway = null;
        NodeTuple gatewayEntry = keys.get("gateway");
        if (gatewayEntry != null) {
            gateway = scalar(gatewayEntry.getValueNode(), "gateway").trim();
            if (!DOTTED.matcher(gateway).matches() || !validDotted(gateway)) {
                throw error(gatewayEntry.getValueNode(), "node " + nodeName + ": gateway '" + gateway
                        + "' must be an IPv4 address on the lab-address's subnet");
            }
        }
        return new ExternalPeer(host, port, lab.group(1), Integer.parseInt(lab.group(2)), gateway, null);
    }

    private static boolean validDotted(String text) {
        for (String part : text.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Each external node has exactly one link: its interface goes into its stand-in's configuration. */
    private static List<TopologyNode> withExternalPorts(Map<String, TopologyNode> nodes, List<TopologyLink> links,
            Path file) throws TopologyException {
        List<TopologyNode> result = new ArrayList<>();
        for (TopologyNode node : nodes.values()) {
            if (!node.isExternal()) {
                result.add(node);
                continue;
            }
            List<String> ports = new ArrayList<>();
            for (TopologyLink link : links) {
                for (TopologyEndpoint end : List.of(link.a(), link.b())) {
                    if (end.node().equals(node.name())) {
                        ports.add(end.port().fullName());
                    }
                }
            }
            if (ports.size() != 1) {
                throw new TopologyException(file, 0, "node " + node.name() + " (kind external) needs exactly one link "
                        + "into the lab, not " + ports.size());
            }
            result.add(TopologyNode.external(node.name(), node.external().withPort(ports.get(0))));
        }
        return result;
    }

    private List<TopologyLink> readLinks(SequenceNode linksNode, Map<String, TopologyNode> nodes)
            throws TopologyException {
        List<TopologyLink> links = new ArrayList<>();
        Map<String, Integer> usedAt = new HashMap<>();
        for (Node item : linksNode.getValue()) {
          try {
            MappingNode link = mapping(item, "a link");
            Set<String> allowed = new TreeSet<>(LINK_KEYS);
            allowed.addAll(LINK_KEYS_WITHOUT_MEANING.keySet());
            Map<String, NodeTuple> linkKeys = keys(link, allowed, "link");
            LINK_KEYS_WITHOUT_MEANING.forEach((key, why) -> note(linkKeys, key, "links", why));
            NodeTuple typeEntry = linkKeys.get("type");
            if (typeEntry != null) {
                String type = scalar(typeEntry.getValueNode(), "link type");
                if (!type.equals("veth")) {
                    throw error(typeEntry.getValueNode(), "link type '" + type + "' is not simulated: looplab "
                            + "links are cables between two of its routers (type veth)");
                }
            }
            SequenceNode endpoints = sequence(required(link, linkKeys, "endpoints"), "endpoints");
            if (endpoints.getValue().size() != 2) {
                throw error(endpoints, "a link has exactly two endpoints, not " + endpoints.getValue().size());
            }
            TopologyEndpoint a = readEndpoint(endpoints.getValue().get(0), nodes);
            TopologyEndpoint b = readEndpoint(endpoints.getValue().get(1), nodes);
            if (a.node().equals(b.node())) {
                throw error(endpoints, "a link from " + a.node() + " to itself (" + a + ", " + b
                        + "): a link joins two different nodes");
            }
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
            NodeTuple jitterEntry = linkKeys.get("jitter");
            long jitter = jitterEntry == null ? 0 : delayNanos(jitterEntry.getValueNode(), "jitter");
            links.add(new TopologyLink(a, b, delay, loss, jitter));
          } catch (TopologyException bad) {
              // every bad link is reported; a link to a node already refused adds nothing
              if (badNodes.stream().noneMatch(name -> !name.isEmpty() && bad.getMessage().matches("(?s).*unknown node " + Pattern.quote(name) + "\\b.*"))) {
                  errors.add(bad.getMessage());
              }
          }
        }
        return links;
    }

    /** {@code "r1:Gi0/0"} (short form) or {@code {node: r1, interface: Gi0/0}} (extended form). */
    private TopologyEndpoint readEndpoint(Node node, Map<String, TopologyNode> nodes) throws TopologyException {
        String nodeName;
        String interfaceText;
        String text;
        if (node instanceof MappingNode extended) {
            Map<String, NodeTuple> keys = keys(extended, ENDPOINT_KEYS, "endpoint");
            nodeName = scalar(required(extended, keys, "node"), "node").trim();
            interfaceText = scalar(required(extended, keys, "interface"), "interface").trim();
            text = nodeName + ":" + interfaceText;
        } else {
            text = scalar(node, "endpoint");
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw error(node, "endpoint '" + text + "' must be NODE:INTERFACE, like r1:Gi0/0");
            }
            nodeName = text.substring(0, colon).trim();
            interfaceText = text.substring(colon + 1);
        }
        if (SPECIAL_NODES.contains(nodeName) && !nodes.containsKey(nodeName)) {
            throw error(node, "endpoint '" + text + "' joins the lab to the host or a network outside it ('"
                    + nodeName + "'); looplab links join two of its routers");
        }
        TopologyNode target = nodes.get(nodeName);
        if (target == null) {
            throw error(node, "endpoint '" + text + "' names unknown node " + nodeName
                    + " (nodes: " + String.join(", ", nodes.keySet()) + ")");
        }
        InterfaceName named = InterfaceName.parse(interfaceText);
        if (named != null && !named.isPhysicalPort()) {
            throw error(node, "endpoint '" + text + "': " + named.fullName()
                    + " is not a physical port; links join physical interfaces");
        }
        InterfaceName port = target.kind().port(interfaceText);
        if (port == null) {
            throw error(node, "endpoint '" + text + "': node " + nodeName + " (kind " + target.kind().clabName()
                    + ") has no interface '" + interfaceText.trim() + "'; it has " + target.kind().portHelp());
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
        return delayNanos(node, "delay");
    }

    /** A time with its unit ({@code delay: 2ms}, {@code jitter: 500us}), up to a minute. */
    private long delayNanos(Node node, String key) throws TopologyException {
        String text = scalar(node, key).trim();
        Matcher matcher = DELAY.matcher(text);
        if (!matcher.matches()) {
            throw error(node, key + " '" + text + "' must be a number and a unit: 500us, 2ms, 1s");
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
            throw error(node, key + " '" + text + "' is more than a minute");
        }
        return Math.round(nanos);
    }

    // ---- YAML node helpers (YamlTree): each names the line of what it rejects ----

    private Map<String, NodeTuple> keys(MappingNode mapping, Set<String> allowed, String where)
            throws TopologyException {
        return yaml.keys(mapping, allowed, where);
    }

    private Node required(MappingNode mapping, Map<String, NodeTuple> keys, String key) throws TopologyException {
        return yaml.required(mapping, keys, key);
    }

    private MappingNode mapping(Node node, String what) throws TopologyException {
        return yaml.mapping(node, what);
    }

    private SequenceNode sequence(Node node, String what) throws TopologyException {
        return yaml.sequence(node, what);
    }

    private String scalar(Node node, String what) throws TopologyException {
        return yaml.scalar(node, what);
    }

    private static boolean isNull(Node node) {
        return YamlTree.isNull(node);
    }

    private static int line(Node node) {
        return YamlTree.line(node);
    }

    private TopologyException error(Node node, String reason) {
        return yaml.error(node, reason);
    }
}
