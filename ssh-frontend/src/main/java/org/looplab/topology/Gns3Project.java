package org.looplab.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.router.InterfaceName;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A GNS3 project ({@code *.gns3}, JSON, GNS3 2.x), as GNS3 writes it:
 * <pre>
 * {"name": "lab", "type": "topology", "revision": 9, "topology": {
 *   "nodes": [{"node_id": "UUID", "name": "R1", "node_type": "dynamips",
 *              "properties": {"platform": "c7200", "slot0": "C7200-IO-FE", "slot1": "PA-2FE-TX", "dynamips_id": 1}}],
 *   "links": [{"nodes": [{"node_id": "UUID", "adapter_number": 0, "port_number": 0}, {...}]}]}}
 * </pre>
 * A link end names an adapter and a port; the interface is the one GNS3 names there (its port factories:
 * Dynamips slots and WICs, IOU's four ports an adapter, a Qemu VM's {@code port_name_format}). Startup
 * configs are read where GNS3 keeps them in the project folder:
 * {@code project-files/dynamips/UUID/configs/iN_startup-config.cfg}, {@code project-files/iou/UUID/startup-config.cfg}
 * (or a node's {@code startup_config} path, GNS3 1.x). A Qemu IOSv or CSR keeps its config in its disk
 * image, which looplab does not read: it boots with the kind's login, and a note says so.
 */
final class Gns3Project {
    /** Ports of a Dynamips adapter: its IOS interface type and how many (GNS3's DynamipsPortFactory). */
    private record Adapter(InterfaceName.Type type, int ports) {
    }

    private static final Map<String, Adapter> DYNAMIPS_ADAPTERS = dynamipsAdapters();
    private static final Map<String, Adapter> DYNAMIPS_WICS = Map.of(
            "WIC-1ENET", new Adapter(InterfaceName.Type.ETHERNET, 1),
            "WIC-1T", new Adapter(InterfaceName.Type.SERIAL, 1),
            "WIC-2T", new Adapter(InterfaceName.Type.SERIAL, 2));
    /** Dynamips numbers WIC ports from 16 on adapter 0. */
    private static final int FIRST_WIC_PORT = 16;
    /** The first project file revision of GNS3 2.0; older files have another layout (GNS3 1.x). */
    private static final int MIN_REVISION = 5;
    private static final Pattern FORMAT_FIELD = Pattern.compile("\\{([a-z]*)(\\d*)\\}");

    private Gns3Project() {
    }

    private static Map<String, Adapter> dynamipsAdapters() {
        Map<String, Adapter> adapters = new HashMap<>();
        InterfaceName.Type e = InterfaceName.Type.ETHERNET;
        InterfaceName.Type fe = InterfaceName.Type.FAST_ETHERNET;
        InterfaceName.Type ge = InterfaceName.Type.GIGABIT_ETHERNET;
        InterfaceName.Type serial = InterfaceName.Type.SERIAL;
        adapters.put("C1700-MB-1FE", new Adapter(fe, 1));
        adapters.put("C1700-MB-WIC1", new Adapter(fe, 0));
        adapters.put("C2600-MB-1E", new Adapter(e, 1));
        adapters.put("C2600-MB-1FE", new Adapter(fe, 1));
        adapters.put("C2600-MB-2E", new Adapter(e, 2));
        adapters.put("C2600-MB-2FE", new Adapter(fe, 2));
        adapters.put("C7200-IO-2FE", new Adapter(fe, 2));
        adapters.put("C7200-IO-FE", new Adapter(fe, 1));
        adapters.put("C7200-IO-GE-E", new Adapter(ge, 1));
        adapters.put("GT96100-FE", new Adapter(fe, 2));
        adapters.put("Leopard-2FE", new Adapter(fe, 2));
        adapters.put("NM-16ESW", new Adapter(fe, 16));
        adapters.put("NM-1E", new Adapter(e, 1));
        adapters.put("NM-1FE-TX", new Adapter(fe, 1));
        adapters.put("NM-4E", new Adapter(e, 4));
        adapters.put("NM-4T", new Adapter(serial, 4));
        adapters.put("PA-2FE-TX", new Adapter(fe, 2));
        adapters.put("PA-4E", new Adapter(e, 4));
        adapters.put("PA-4T+", new Adapter(serial, 4));
        adapters.put("PA-8E", new Adapter(e, 8));
        adapters.put("PA-8T", new Adapter(serial, 8));
        adapters.put("PA-FE-TX", new Adapter(fe, 1));
        adapters.put("PA-GE", new Adapter(ge, 1));
        return adapters;
    }

    static boolean isProjectFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gns3");
    }

    static Topology read(YamlTree yaml) throws TopologyException {
        ImportedLab lab = new ImportedLab(yaml);
        MappingNode top = yaml.mapping(yaml.root(), "the GNS3 project");
        Map<String, NodeTuple> topKeys = yaml.keys(top, null, "top level");
        String title = yaml.optional(topKeys, "name");
        String name = ImportedLab.safeName(title != null ? title : yaml.file().getFileName().toString()
                .replaceAll("(?i)\\.gns3$", ""), "gns3-lab");
        String revision = yaml.optional(topKeys, "revision");
        if (revision != null && revision.matches("\\d+") && Integer.parseInt(revision) < MIN_REVISION) {
            throw yaml.error(topKeys.get("revision").getValueNode(), "a GNS3 1.x project (revision " + revision
                    + "): looplab reads GNS3 2.x projects; open it in GNS3 2 and save it to convert it");
        }
        MappingNode topology = yaml.mapping(yaml.required(top, topKeys, "topology"), "topology");
        Map<String, NodeTuple> topologyKeys = yaml.keys(topology, null, "topology");

        Map<String, String> nameById = new HashMap<>();
        Map<String, Map<String, InterfaceName>> portsById = new HashMap<>();
        NodeTuple nodes = topologyKeys.get("nodes");
        if (nodes != null && !YamlTree.isNull(nodes.getValueNode())) {
            for (Node item : yaml.sequence(nodes.getValueNode(), "nodes").getValue()) {
                try {
                    readNode(yaml, lab, yaml.mapping(item, "a node"), nameById, portsById);
                } catch (TopologyException bad) {
                    lab.refuse(bad);
                }
            }
        }
        NodeTuple links = topologyKeys.get("links");
        if (links != null && !YamlTree.isNull(links.getValueNode())) {
            for (Node item : yaml.sequence(links.getValueNode(), "links").getValue()) {
                try {
                    readLink(yaml, lab, yaml.mapping(item, "a link"), nameById, portsById);
                } catch (TopologyException bad) {
                    lab.refuse(bad);
                }
            }
        }
        return lab.build(name);
    }

    private static void readLink(YamlTree yaml, ImportedLab lab, MappingNode link, Map<String, String> nameById,
            Map<String, Map<String, InterfaceName>> portsById) throws TopologyException {
        Map<String, NodeTuple> keys = yaml.keys(link, null, "link");
        List<Node> ends = yaml.sequence(yaml.required(link, keys, "nodes"), "the link's nodes").getValue();
        if (ends.size() != 2) {
            throw yaml.error(link, "a link has exactly two ends, not " + ends.size());
        }
        String[] names = new String[2];
        InterfaceName[] ports = new InterfaceName[2];
        for (int i = 0; i < 2; i++) {
            MappingNode end = yaml.mapping(ends.get(i), "a link end");
            Map<String, NodeTuple> endKeys = yaml.keys(end, null, "link end");
            String nodeId = yaml.scalar(yaml.required(end, endKeys, "node_id"), "node_id");
            String adapter = yaml.scalar(yaml.required(end, endKeys, "adapter_number"), "adapter_number");
            String port = yaml.scalar(yaml.required(end, endKeys, "port_number"), "port_number");
            names[i] = nameById.get(nodeId);
            if (names[i] == null) {
                if (!portsById.containsKey(nodeId)) {
                    throw yaml.error(end, "link names node_id " + nodeId + ", which no node has");
                }
                return; // a node refused above: its error says why
            }
            ports[i] = portsById.get(nodeId).get(adapter + "/" + port);
            if (ports[i] == null) {
                throw yaml.error(end, "node " + names[i] + " has no port at adapter " + adapter + ", port " + port
                        + " that looplab can cable (GNS3 names its ports from the node's adapters)");
            }
        }
        lab.link(names[0], ports[0], names[1], ports[1], link);
    }

    private static void readNode(YamlTree yaml, ImportedLab lab, MappingNode node, Map<String, String> nameById,
            Map<String, Map<String, InterfaceName>> portsById) throws TopologyException {
        Map<String, NodeTuple> keys = yaml.keys(node, null, "node");
        String id = yaml.scalar(yaml.required(node, keys, "node_id"), "node_id");
        String label = yaml.optional(keys, "name");
        String nodeName = lab.nodeName(label != null ? label : id);
        Node typeNode = yaml.required(node, keys, "node_type");
        String type = yaml.scalar(typeNode, "node_type").toLowerCase(Locale.ROOT);
        Map<String, NodeTuple> properties = Map.of();
        NodeTuple propertiesEntry = keys.get("properties");
        if (propertiesEntry != null && propertiesEntry.getValueNode() instanceof MappingNode mapping) {
            properties = yaml.keys(mapping, null, "properties");
        }
        portsById.put(id, Map.of());
        if (type.equals("cloud") || type.equals("nat")) {
            nameById.put(id, nodeName);
            lab.outside(nodeName, "a GNS3 " + type);
            portsById.put(id, ImportedLab.outsidePorts());
            return;
        }
        Path project = yaml.file().toAbsolutePath().getParent();
        if (type.equals("vpcs")) {
            String script = vpcsScript(yaml, properties, project.resolve("project-files/vpcs/" + id + "/startup.vpc"));
            if (script == null) {
                lab.note("node " + nodeName + " (VPCS) has no startup.vpc: it is an end host without an address");
            }
            nameById.put(id, nodeName);
            portsById.put(id, Map.of("0/0", InterfaceName.gigabitEthernet(0)));
            lab.add(new TopologyNode(nodeName, NodeKind.LINUX, null, null, false,
                    script == null ? List.of() : VpcsScript.execLines(script)));
            return;
        }
        NodeKind kind;
        Map<String, InterfaceName> ports;
        String config;
        switch (type) {
            case "dynamips" -> {
                kind = NodeKind.DYNAMIPS;
                ports = dynamipsPorts(yaml, properties);
                String dynamipsId = yaml.optional(properties, "dynamips_id");
                config = startupConfig(yaml, properties, project,
                        project.resolve("project-files/dynamips/" + id + "/configs/i" + dynamipsId + "_startup-config.cfg"),
                        project.resolve("project-files/dynamips"));
            }
            case "iou" -> {
                String image = String.valueOf(yaml.optional(properties, "path")).toLowerCase(Locale.ROOT);
                if (image.contains("l2")) {
                    throw yaml.error(typeNode, "node " + nodeName + " (iou, image " + image + "): it is a switch; "
                            + "looplab simulates routers, not switching");
                }
                ports = iouPorts(yaml, properties);
                // Serial adapters exist on IOU, not on containerlab's IOL: such a node runs as the project's hardware.
                kind = ports.values().stream().anyMatch(p -> p.type() == InterfaceName.Type.SERIAL)
                        ? NodeKind.DYNAMIPS : NodeKind.IOL;
                config = startupConfig(yaml, properties, project,
                        project.resolve("project-files/iou/" + id + "/startup-config.cfg"), project);
            }
            case "qemu" -> {
                String image = String.valueOf(yaml.optional(properties, "hda_disk_image")).toLowerCase(Locale.ROOT);
                kind = qemuKind(image);
                if (kind == null) {
                    throw yaml.error(typeNode, "node " + nodeName + " (qemu, image " + image + "): " + (image.contains("l2")
                            ? "it is a switch; looplab simulates routers, not switching"
                            : "looplab simulates IOS routers only (IOSv, CSR1000v, Catalyst 8000v images)"));
                }
                ports = qemuPorts(yaml, keys, properties, kind);
                config = null;
                lab.note("node " + nodeName + ": GNS3 keeps a Qemu router's configuration in its disk image, which looplab "
                        + "does not read: it boots with the kind's login (admin/admin)");
            }
            default -> throw yaml.error(typeNode, "node " + nodeName + " (node_type " + type + "): " + refusal(type));
        }
        nameById.put(id, nodeName);
        portsById.put(id, ports);
        lab.add(new TopologyNode(nodeName, kind, null, config != null ? config : "hostname " + nodeName + "\n", false));
    }

    /** The startup-config GNS3 keeps for a node: its content, its path (GNS3 1.x) or the 2.x project file. */
    private static String startupConfig(YamlTree yaml, Map<String, NodeTuple> properties, Path project, Path v2File,
            Path v1Base) throws TopologyException {
        String content = yaml.optional(properties, "startup_config_content");
        if (content != null && !content.isBlank()) {
            return content;
        }
        List<Path> candidates = new ArrayList<>();
        String path = yaml.optional(properties, "startup_config");
        if (path != null && !path.isBlank()) {
            candidates.add(project.resolve(path));
            candidates.add(v1Base.resolve(path));
        }
        candidates.add(v2File);
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return projectFile(candidate, "the startup-config");
            }
        }
        return null;
    }

    /** GNS3's DynamipsPortFactory: each filled slot an adapter (numbered in order), WIC ports 16 on on adapter 0. */
    private static Map<String, InterfaceName> dynamipsPorts(YamlTree yaml, Map<String, NodeTuple> properties)
            throws TopologyException {
        Map<String, InterfaceName> ports = new HashMap<>();
        int adapter = 0;
        int wicPort = FIRST_WIC_PORT;
        for (Map.Entry<String, NodeTuple> property : new TreeMap<>(properties).entrySet()) {
            String key = property.getKey();
            if (!key.matches("slot\\d|wic\\d")) {
                continue; // other properties (power_supplies, sensors...) are lists and mean nothing here
            }
            String value = yaml.optional(properties, key);
            if (value == null || value.isEmpty()) {
                continue;
            }
            boolean slot = key.startsWith("slot");
            Adapter card = (slot ? DYNAMIPS_ADAPTERS : DYNAMIPS_WICS).get(value);
            if (card == null) {
                throw yaml.error(property.getValue().getValueNode(), "adapter " + value
                        + " has no port looplab simulates (ATM, POS)");
            }
            for (int port = 0; port < card.ports(); port++) {
                if (slot) {
                    ports.put(adapter + "/" + port, InterfaceName.of(card.type(), adapter, port));
                } else {
                    ports.put("0/" + wicPort, InterfaceName.of(card.type(), 0, wicPort - FIRST_WIC_PORT));
                    wicPort++;
                }
            }
            if (slot) {
                adapter++;
            }
        }
        return ports;
    }

    /**
     * IOU: four ports an adapter, the Ethernet adapters first, then the serial adapters numbered on after
     * them (two of each by default), named as IOU names them: Ethernet0/0, Serial2/0.
     */
    private static Map<String, InterfaceName> iouPorts(YamlTree yaml, Map<String, NodeTuple> properties)
            throws TopologyException {
        Map<String, InterfaceName> ports = new HashMap<>();
        int ethernet = adapterCount(yaml.optional(properties, "ethernet_adapters"));
        int serial = adapterCount(yaml.optional(properties, "serial_adapters"));
        for (int adapter = 0; adapter < ethernet + serial; adapter++) {
            InterfaceName.Type type = adapter < ethernet ? InterfaceName.Type.ETHERNET : InterfaceName.Type.SERIAL;
            for (int port = 0; port < 4; port++) {
                ports.put(adapter + "/" + port, InterfaceName.of(type, adapter, port));
            }
        }
        return ports;
    }

    private static int adapterCount(String text) {
        return text != null && text.matches("\\d{1,2}") ? Integer.parseInt(text) : 2;
    }

    /** A VPCS node's startup script: in its properties (GNS3 2.0), else its {@code startup.vpc} file. */
    private static String vpcsScript(YamlTree yaml, Map<String, NodeTuple> properties, Path file)
            throws TopologyException {
        String content = yaml.optional(properties, "startup_script");
        if (content != null && !content.isBlank()) {
            return content;
        }
        return Files.isRegularFile(file) ? projectFile(file, "startup.vpc") : null;
    }

    /** The text of a file of the project folder; {@code what} names it in the error. */
    private static String projectFile(Path file, String what) throws TopologyException {
        try {
            return TextFile.read(file);
        } catch (TextFile.NotText e) {
            throw new TopologyException(file, e.line(), what + " is " + e.reason());
        } catch (IOException e) {
            throw new TopologyException(file, 0, "cannot read " + what + ": " + FileReason.of(e));
        }
    }

    /** A Qemu VM's ports: one an adapter, named by {@code port_name_format} as GNS3's StandardPortFactory does. */
    private static Map<String, InterfaceName> qemuPorts(YamlTree yaml, Map<String, NodeTuple> keys,
            Map<String, NodeTuple> properties, NodeKind kind) throws TopologyException {
        String format = firstOf(yaml, "port_name_format", keys, properties);
        String segmentSizeText = firstOf(yaml, "port_segment_size", keys, properties);
        String firstPortName = firstOf(yaml, "first_port_name", keys, properties);
        String adaptersText = yaml.optional(properties, "adapters");
        int adapters = adaptersText != null && adaptersText.matches("\\d{1,2}") ? Integer.parseInt(adaptersText) : 1;
        int segmentSize = segmentSizeText != null && segmentSizeText.matches("\\d{1,2}") ? Integer.parseInt(segmentSizeText) : 0;
        Map<String, InterfaceName> ports = new HashMap<>();
        int interfaceNumber = 0;
        int segment = 0;
        for (int adapter = 0; adapter < adapters; adapter++) {
            String portName;
            if (firstPortName != null && !firstPortName.isEmpty() && adapter == 0) {
                portName = firstPortName;
            } else {
                portName = format(format != null ? format : "Ethernet{0}", interfaceNumber, segment, adapter);
                interfaceNumber++;
                if (segmentSize == 0) {
                    segment++;
                } else if (interfaceNumber % segmentSize == 0) {
                    segment++;
                    interfaceNumber = 0;
                }
            }
            InterfaceName name = kind.port(portName);
            if (name != null) {
                ports.put(adapter + "/0", name);
            }
        }
        return ports;
    }

    private static String firstOf(YamlTree yaml, String key, Map<String, NodeTuple> node, Map<String, NodeTuple> properties)
            throws TopologyException {
        String value = yaml.optional(node, key);
        return value != null ? value : yaml.optional(properties, key);
    }

    /** Python's str.format as GNS3 applies it: {0} the port, {1} the segment, {portN}, {segmentN}, {adapter}. */
    static String format(String format, int port, int segment, int adapter) {
        Matcher field = FORMAT_FIELD.matcher(format);
        StringBuilder out = new StringBuilder();
        while (field.find()) {
            int offset = field.group(2).isEmpty() ? 0 : Integer.parseInt(field.group(2));
            int value = switch (field.group(1)) {
                case "" -> offset == 1 ? segment : port;
                case "port" -> port + offset;
                case "segment" -> segment + offset;
                case "adapter" -> adapter;
                default -> -1;
            };
            field.appendReplacement(out, value < 0 ? Matcher.quoteReplacement(field.group()) : Integer.toString(value));
        }
        field.appendTail(out);
        return out.toString();
    }

    private static NodeKind qemuKind(String image) {
        if (image.contains("l2")) {
            return null;
        }
        if (image.contains("vios") || image.contains("iosv")) {
            return NodeKind.IOSV;
        }
        if (image.contains("csr1000v") || image.contains("c8000v")) {
            return NodeKind.CSR;
        }
        return null;
    }

    private static String refusal(String type) {
        return switch (type) {
            case "ethernet_switch", "ethernet_hub", "atm_switch", "frame_relay_switch" ->
                    "a switch joins many cables into one segment; looplab's links join two ports each";
            case "docker", "virtualbox", "vmware", "traceng" ->
                    "not an IOS router; looplab runs end hosts only as containerlab linux nodes (exec lines)";
            default -> "looplab simulates IOS routers only (node types dynamips, iou, qemu with IOSv or CSR)";
        };
    }
}
