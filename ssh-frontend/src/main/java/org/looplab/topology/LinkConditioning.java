package org.looplab.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.looplab.router.Link;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * A CML link's {@code conditioning} ({@code {enabled: true, latency: 50, jitter: 5, loss: 1.5, bandwidth: 2000}}:
 * milliseconds, percent, kbit/s), as far as a looplab cable takes it: latency is its one-way delay, jitter
 * and loss its own (frames drawn from the lab's seeded generator, on the virtual clock). Bandwidth and
 * netem's other knobs (duplicate, corrupt, reorder...) are named as not simulated.
 */
record LinkConditioning(long delayNanos, double lossPercent, long jitterNanos, List<String> notSimulated) {
    private static final long MILLI = 1_000_000;
    private static final LinkConditioning NONE = new LinkConditioning(Link.DEFAULT_DELAY_NANOS, 0, 0, List.of());

    static LinkConditioning read(YamlTree yaml, NodeTuple entry) throws TopologyException {
        if (entry == null || !(entry.getValueNode() instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            return NONE;
        }
        Map<String, NodeTuple> keys = yaml.keys(mapping, null, "conditioning");
        if ("false".equalsIgnoreCase(yaml.optional(keys, "enabled"))) {
            return NONE;
        }
        long delay = Link.DEFAULT_DELAY_NANOS;
        double loss = 0;
        long jitter = 0;
        List<String> notSimulated = new ArrayList<>();
        for (String key : keys.keySet()) {
            String value = yaml.optional(keys, key);
            if (key.equals("enabled") || value == null || value.matches("0+(\\.0+)?|false")) {
                continue;
            }
            double number = number(yaml, keys, key, value);
            switch (key) {
                case "latency" -> delay = Math.round(number * MILLI);
                case "jitter" -> jitter = Math.round(number * MILLI);
                case "loss" -> {
                    if (number > 100) {
                        throw yaml.error(keys.get(key).getValueNode(), "conditioning loss " + value
                                + " must be a percentage from 0 to 100");
                    }
                    loss = number;
                }
                default -> notSimulated.add(key + " " + value);
            }
        }
        return new LinkConditioning(delay, loss, jitter, notSimulated);
    }

    private static double number(YamlTree yaml, Map<String, NodeTuple> keys, String key, String value)
            throws TopologyException {
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && number <= 60_000) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw yaml.error(keys.get(key).getValueNode(), "conditioning " + key + " '" + value
                + "' must be a number from 0 to 60000");
    }
}
