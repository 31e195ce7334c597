package org.looplab.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.looplab.net.InterfaceAddress;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;

/**
 * The lab as Graphviz DOT, for {@code graph [FILE]}: a box per router (name, hostname, Loopback0; dashed
 * and red without power), an edge per cable with both interface names and its state: solid when up,
 * dashed red when down (pulled, or an end down), orange with the impairment when it loses frames or adds
 * jitter. Kernel thread.
 */
final class TopologyGraph {
    private TopologyGraph() {
    }

    static String dot(Lab lab) {
        StringBuilder dot = new StringBuilder("graph ").append(quoted(lab.name())).append(" {\n")
                .append("  graph [overlap=false, splines=true];\n")
                .append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (Router router : lab.routers()) {
            Interface loopback = router.interfaceNamed(InterfaceName.loopback(0));
            InterfaceAddress address = loopback == null ? null : loopback.address();
            StringBuilder label = new StringBuilder(router.name());
            if (!router.hostname().equals(router.name())) {
                label.append("\\n").append(router.hostname());
            }
            if (address != null) {
                label.append("\\n").append(address.address());
            }
            dot.append("  ").append(quoted(router.name())).append(" [label=").append(quotedLabel(label.toString()));
            if (!router.isPoweredOn()) {
                dot.append(", style=\"rounded,dashed\", color=red, xlabel=\"no power\"");
            }
            dot.append("];\n");
        }
        for (Link link : lab.links()) {
            String state = state(link);
            dot.append("  ").append(quoted(link.a().router().name())).append(" -- ").append(quoted(link.b().router().name()))
                    .append(" [taillabel=").append(quoted(link.a().name().shortName()))
                    .append(", headlabel=").append(quoted(link.b().name().shortName()))
                    .append(", label=").append(quoted(state));
            if (state.equals("down")) {
                dot.append(", style=dashed, color=red");
            } else if (!state.equals("up")) {
                dot.append(", color=orange, penwidth=2");
            }
            dot.append("];\n");
        }
        return dot.append("}\n").toString();
    }

    /** {@code up}, {@code down}, or the impairments ({@code loss 5%, jitter 2 ms}). */
    static String state(Link link) {
        if (!link.isConnected() || !link.a().isProtocolUp() || !link.b().isProtocolUp()) {
            return "down";
        }
        List<String> impairments = new ArrayList<>();
        if (link.isBlackholed()) {
            impairments.add("blackhole");
        }
        if (link.oneWayDownFrom() != null) {
            impairments.add("oneway down from " + link.oneWayDownFrom().router().name() + ":"
                    + link.oneWayDownFrom().name().shortName());
        }
        if (link.lossPercent() > 0) {
            impairments.add("loss " + BigDecimal.valueOf(link.lossPercent()).stripTrailingZeros().toPlainString() + "%");
        }
        if (link.jitterNanos() > 0) {
            impairments.add("jitter " + BigDecimal.valueOf(link.jitterNanos(), 6).stripTrailingZeros().toPlainString() + " ms");
        }
        return impairments.isEmpty() ? "up" : String.join(", ", impairments);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A label keeps its {@code \n} line breaks. */
    private static String quotedLabel(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
