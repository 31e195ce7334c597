package org.looplab.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.looplab.router.InterfaceName;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A Cisco Modeling Labs (CML 2) lab export, as CML writes it:
 * <pre>
 * lab: {title: My lab, version: 0.2.2, description: ..., notes: ...}
 * nodes:
 *   - id: n0
 *     label: r1
 *     node_definition: iosv          # iosv, csr1000v, cat8000v, iol-xe run; switches are refused
 *     configuration: |-              # text, or (CML 2.7) a list of {name: ios_config.txt, content: ...}
 *       hostname r1
 *     interfaces:
 *       - {id: i0, label: Loopback0, type: loopback}
 *       - {id: i1, label: GigabitEthernet0/0, slot: 0, type: physical}
 * links:
 *   - {id: l0, n1: n0, i1: i1, n2: n1, i2: i1}
 * </pre>
 * Interface ids are a node's own, so a link names both its nodes and their interfaces. A port is known
 * by its label, else by its slot numbered as CML numbers that node definition's ports. Positions, RAM,
 * images and tags mean nothing in a simulation and are not read. An {@code external_connector} (the
 * host's network) is accepted: its cables stay unplugged, with a note.
 */
final class CmlLab {
    /** CML's Linux machines, run as end hosts set up by their boot script. */
    private static final Set<String> LINUX_MACHINES = Set.of("alpine", "ubuntu", "server", "desktop");

    private CmlLab() {
    }

    /** True for a CML export: a top-level {@code lab} and a list of {@code nodes}, not containerlab's topology. */
    static boolean isLab(YamlTree yaml) {
        return yaml.root() instanceof MappingNode top && top.getValue().stream()
                .map(entry -> entry.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode key ? key.getValue() : "")
                .filter(key -> key.equals("lab") || key.equals("nodes")).count() == 2;
    }

    static Topology read(YamlTree yaml) throws TopologyException {
        ImportedLab lab = new ImportedLab(yaml);
        MappingNode top = yaml.mapping(yaml.root(), "the lab file");
        Map<String, NodeTuple> topKeys = yaml.keys(top, null, "top level");
        String title = null;
        Node labNode = topKeys.get("lab").getValueNode();
        if (labNode instanceof MappingNode labMapping) {
            title = yaml.optional(yaml.keys(labMapping, null, "lab"), "title");
        }
        String fileName = yaml.file().getFileName().toString().replaceAll("\\.(ya?ml)$", "");
        String name = ImportedLab.safeName(title != null ? title : fileName, "cml-lab");

        Map<String, String> nameById = new HashMap<>();
        Map<String, Map<String, InterfaceName>> portsById = new HashMap<>();
        Map<String, Map<String, Node>> badPortsById = new HashMap<>();
        for (Node item : yaml.sequence(yaml.required(top, topKeys, "nodes"), "nodes").getValue()) {
            try {
                readNode(yaml, lab, yaml.mapping(item, "a node"), nameById, portsById, badPortsById);
            } catch (TopologyException bad) {
                lab.refuse(bad);
            }
        }
        NodeTuple linksEntry = topKeys.get("links");
        if (linksEntry != null && !YamlTree.isNull(linksEntry.getValueNode())) {
            for (Node item : yaml.sequence(linksEntry.getValueNode(), "links").getValue()) {
                try {
                    MappingNode link = yaml.mapping(item, "a link");
                    Map<String, NodeTuple> keys = yaml.keys(link, null, "link");
                    String[] names = new String[2];
                    InterfaceName[] ports = new InterfaceName[2];
                    boolean known = true;
                    for (int end = 0; end < 2; end++) {
                        String nodeId = yaml.scalar(yaml.required(link, keys, "n" + (end + 1)), "n" + (end + 1));
                        String interfaceId = yaml.scalar(yaml.required(link, keys, "i" + (end + 1)), "i" + (end + 1));
                        names[end] = nameById.get(nodeId);
                        if (names[end] == null) {
                            known = false; // a node refused above, or one the file lacks
                            if (!portsById.containsKey(nodeId) && !badPortsById.containsKey(nodeId)) {
                                lab.refuse(keys.get("n" + (end + 1)).getValueNode(), "link names node id '" + nodeId
                                        + "', which no node has");
                            }
                            continue;
                        }
                        ports[end] = portsById.get(nodeId).get(interfaceId);
                        if (ports[end] == null) {
                            known = false;
                            Node bad = badPortsById.get(nodeId).get(interfaceId);
                            lab.refuse(bad != null ? bad : keys.get("i" + (end + 1)).getValueNode(), bad != null
                                    ? "node " + names[end] + ": interface '" + yaml.scalar(bad, "label") + "' is not a port "
                                    + "a link can join on this node definition"
                                    : "link names interface id '" + interfaceId + "', which node " + names[end] + " lacks");
                        }
                    }
                    if (known) {
                        LinkConditioning conditioning = LinkConditioning.read(yaml, keys.get("conditioning"));
                        lab.link(names[0], ports[0], names[1], ports[1], item, conditioning.delayNanos(),
                                conditioning.lossPercent(), conditioning.jitterNanos());
                        if (!conditioning.notSimulated().isEmpty()) {
                            lab.note("link " + names[0] + " - " + names[1] + ": conditioning " + String.join(", ",
                                    conditioning.notSimulated()) + " is not simulated (latency, jitter and loss are)");
                        }
                    }
                } catch (TopologyException bad) {
                    lab.refuse(bad);
                }
            }
        }
        return lab.build(name);
    }

    private static void readNode(YamlTree yaml, ImportedLab lab, MappingNode node, Map<String, String> nameById,
            Map<String, Map<String, InterfaceName>> portsById, Map<String, Map<String, Node>> badPortsById)
            throws TopologyException {
        Map<String, NodeTuple> keys = yaml.keys(node, null, "node");
        String id = yaml.scalar(yaml.required(node, keys, "id"), "id");
        String label = yaml.optional(keys, "label");
        Node definitionNode = yaml.required(node, keys, "node_definition");
        String definition = yaml.scalar(definitionNode, "node_definition").toLowerCase(Locale.ROOT);
        String nodeName = lab.nodeName(label != null ? label : id);
        if (definition.equals("external_connector")) {
            nameById.put(id, nodeName);
            lab.outside(nodeName, "a CML external connector");
            portsById.put(id, ImportedLab.outsidePorts());
            badPortsById.put(id, Map.of());
            return;
        }
        NodeKind kind = kind(definition);
        if (kind == null && LINUX_MACHINES.contains(definition)) {
            kind = NodeKind.LINUX;
        }
        if (kind == null) {
            badPortsById.put(id, Map.of());
            throw yaml.error(definitionNode, "node " + nodeName + " (node_definition " + definition + "): "
                    + refusal(definition));
        }
        Map<String, InterfaceName> ports = new HashMap<>();
        Map<String, Node> badPorts = new HashMap<>();
        NodeTuple interfaces = keys.get("interfaces");
        if (interfaces != null && !YamlTree.isNull(interfaces.getValueNode())) {
            for (Node each : yaml.sequence(interfaces.getValueNode(), "interfaces of " + nodeName).getValue()) {
                MappingNode port = yaml.mapping(each, "an interface of " + nodeName);
                Map<String, NodeTuple> portKeys = yaml.keys(port, null, "interface");
                String interfaceId = yaml.scalar(yaml.required(port, portKeys, "id"), "interface id");
                String type = yaml.optional(portKeys, "type");
                if ("loopback".equals(type)) {
                    continue;
                }
                String portLabel = yaml.optional(portKeys, "label");
                String slot = yaml.optional(portKeys, "slot");
                InterfaceName name = portLabel != null ? kind.port(portLabel) : null;
                if (name == null && portLabel == null && slot != null && slot.matches("\\d{1,3}")) {
                    name = bySlot(kind, Integer.parseInt(slot));
                }
                if (name != null) {
                    ports.put(interfaceId, name);
                } else if (portLabel != null) {
                    badPorts.put(interfaceId, portKeys.get("label").getValueNode());
                }
            }
        }
        nameById.put(id, nodeName);
        portsById.put(id, ports);
        badPortsById.put(id, badPorts);
        String config = configuration(yaml, lab, nodeName, keys);
        if (kind == NodeKind.LINUX) {
            lab.add(new TopologyNode(nodeName, kind, null, null, false, config == null ? List.of() : shellLines(config)));
            return;
        }
        lab.add(new TopologyNode(nodeName, kind, null, config != null ? config : "hostname " + nodeName + "\n", false));
    }

    /** The node's configuration text: a string, or the first file of CML 2.7's list of {name, content}. */
    private static String configuration(YamlTree yaml, ImportedLab lab, String nodeName, Map<String, NodeTuple> keys)
            throws TopologyException {
        NodeTuple entry = keys.get("configuration");
        if (entry == null || YamlTree.isNull(entry.getValueNode())) {
            return null;
        }
        if (entry.getValueNode() instanceof SequenceNode files) {
            List<Node> list = files.getValue();
            if (list.isEmpty()) {
                return null;
            }
            if (list.size() > 1) {
                lab.note("node " + nodeName + " has " + list.size() + " configuration files: the first is its "
                        + "startup-config, the others are not read");
            }
            MappingNode first = yaml.mapping(list.get(0), "a configuration file of " + nodeName);
            return yaml.optional(yaml.keys(first, null, "configuration file"), "content");
        }
        String text = yaml.scalar(entry.getValueNode(), "configuration of " + nodeName);
        return text.isBlank() ? null : text + "\n";
    }

    /**
     * A Linux machine's configuration is a shell script sourced at boot: its commands are the host's exec
     * lines (its {@code ip addr add} and {@code ip route add} set it up; the rest is listed as not run).
     * Comments, blank lines, its {@code hostname} and CML's {@code USERNAME=}/{@code PASSWORD=} variables
     * are left out.
     */
    private static List<String> shellLines(String script) {
        return script.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("hostname ")
                        && !line.matches("[A-Z_]+=.*"))
                .toList();
    }

    private static NodeKind kind(String definition) {
        return switch (definition) {
            case "iosv" -> NodeKind.IOSV;
            case "csr1000v", "cat8000v" -> NodeKind.CSR;
            case "iol-xe" -> NodeKind.IOL;
            default -> null;
        };
    }

    /** A port by its CML slot: the n-th data port of the model, as CML labels it. */
    private static InterfaceName bySlot(NodeKind kind, int slot) {
        return switch (kind) {
            case IOSV -> InterfaceName.gigabitEthernet(slot);
            case CSR -> InterfaceName.of(InterfaceName.Type.GIGABIT_ETHERNET, slot + 1);
            case IOL -> InterfaceName.of(InterfaceName.Type.ETHERNET, slot / 4, slot % 4);
            default -> null;
        };
    }

    private static String refusal(String definition) {
        return switch (definition) {
            case "iosvl2", "ioll2-xe", "cat9000v-q200", "cat9000v-uadp", "cat9000v", "nxosv", "nxosv9000" ->
                    "it is a switch; looplab simulates routers, not switching (VLANs, trunks, spanning tree)";
            case "unmanaged_switch" -> "a switch joins many cables into one segment; looplab's links join two ports each";
            case "coreos", "trex", "wan_emulator" ->
                    "a Linux appliance looplab does not simulate (its end hosts are alpine, ubuntu, server, desktop)";
            default -> "looplab simulates IOS routers only (node definitions iosv, csr1000v, cat8000v, iol-xe)";
        };
    }
}
