package org.looplab.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.router.InterfaceName;
import org.looplab.router.Link;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A lab being read from another tool's file (a CML lab export, a GNS3 project): its routers, its cables
 * and what the file has that looplab leaves out. Every bad node or link is one {@code FILE:LINE: reason};
 * the lab is refused with all of them, as a containerlab topology is.
 */
final class ImportedLab {
    private final YamlTree yaml;
    private final Map<String, TopologyNode> nodes = new LinkedHashMap<>();
    /** Nodes that stand for the world outside the lab (CML's external connector, GNS3's cloud): no cable. */
    private final Map<String, String> outside = new LinkedHashMap<>();
    private final List<TopologyLink> links = new ArrayList<>();
    private final Map<String, Integer> usedAt = new HashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ImportedLab(YamlTree yaml) {
        this.yaml = yaml;
    }

    /**
     * The looplab name of a node the file labels {@code label}: the label itself when it is letters,
     * digits, '.', '_' and '-', else with every other character run made '-' (a note says so).
     */
    String nodeName(String label) {
        String name = safeName(label, "node");
        String unique = name;
        for (int n = 2; nodes.containsKey(unique) || outside.containsKey(unique); n++) {
            unique = name + "-" + n;
        }
        if (!unique.equals(label)) {
            notes.add("node '" + label + "' is called " + unique + " in looplab (names are letters, digits, '.', '_', '-', "
                    + "each once)");
        }
        return unique;
    }

    /** A name of letters, digits, '.', '_' and '-' made from any text; {@code fallback} when none is left. */
    static String safeName(String text, String fallback) {
        String name = text.trim().replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return name.isEmpty() ? fallback : name;
    }

    void add(TopologyNode node) {
        nodes.put(node.name(), node);
    }

    /** A node standing for a network outside the lab: its cables are left unplugged, with a note each. */
    void outside(String name, String what) {
        outside.put(name, what);
    }

    /** The ports of an outside node: whatever a link names, never cabled (only the node's name matters). */
    static Map<String, InterfaceName> outsidePorts() {
        return new HashMap<>() {
            @Override
            public InterfaceName get(Object key) {
                return InterfaceName.gigabitEthernet(0);
            }
        };
    }

    void refuse(Node where, String reason) {
        errors.add(yaml.error(where, reason).getMessage());
    }

    void refuse(TopologyException error) {
        errors.add(error.getMessage());
    }

    void note(String note) {
        notes.add(note);
    }

    boolean has(String name) {
        return nodes.containsKey(name);
    }

    /** A cable between two ports; one to an outside node leaves the router's port unplugged. */
    void link(String aNode, InterfaceName aPort, String bNode, InterfaceName bPort, Node where) {
        link(aNode, aPort, bNode, bPort, where, Link.DEFAULT_DELAY_NANOS, 0, 0);
    }

    /** A cable with its one-way delay, loss (percent) and jitter, as the file conditions it. */
    void link(String aNode, InterfaceName aPort, String bNode, InterfaceName bPort, Node where, long delayNanos,
            double lossPercent, long jitterNanos) {
        for (String[] ends : List.of(new String[] {aNode, bNode, aPort.shortName()}, new String[] {bNode, aNode, bPort.shortName()})) {
            if (outside.containsKey(ends[0])) {
                notes.add("the link from " + ends[1] + " to " + ends[0] + " (" + outside.get(ends[0]) + ") is not simulated: "
                        + "looplab has no network outside the lab; the port stays unplugged");
                return;
            }
        }
        if (aNode.equals(bNode)) {
            refuse(where, "a link from " + aNode + " to itself: a link joins two different nodes");
            return;
        }
        TopologyEndpoint a = new TopologyEndpoint(aNode, aPort);
        TopologyEndpoint b = new TopologyEndpoint(bNode, bPort);
        for (TopologyEndpoint end : List.of(a, b)) {
            Integer previous = usedAt.putIfAbsent(end.node() + ":" + end.port().fullName(), YamlTree.line(where));
            if (previous != null) {
                refuse(where, end + " is used twice (also at line " + previous + "); an interface takes one link");
                return;
            }
        }
        links.add(new TopologyLink(a, b, delayNanos, lossPercent, jitterNanos));
    }

    Topology build(String labName) throws TopologyException {
        if (!errors.isEmpty()) {
            throw new TopologyException(errors);
        }
        if (nodes.isEmpty()) {
            throw new TopologyException(yaml.file(), 0, "the lab has no router looplab can run");
        }
        return new Topology(labName, yaml.file(), List.copyOf(nodes.values()), links, notes);
    }
}
