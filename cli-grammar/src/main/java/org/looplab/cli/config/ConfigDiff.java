package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IOS's two ways of comparing configurations, block by block (a top-level line and its indented lines):
 * {@code show archive config differences} (contextual: {@code +} what the second has, {@code -} what
 * only the first has, under an unsigned block line both have) and {@code show archive config
 * incremental-diffs} (the lines of a file the running-config lacks: what a merge would apply).
 */
public final class ConfigDiff {
    private ConfigDiff() {
    }

    public static String contextual(String first, String second) {
        Map<String, List<String>> from = ConfigReplace.blocks(first);
        Map<String, List<String>> to = ConfigReplace.blocks(second);
        StringBuilder out = new StringBuilder("!Contextual Config Diffs:\n");
        int header = out.length();
        for (Map.Entry<String, List<String>> block : to.entrySet()) {
            List<String> had = from.get(block.getKey());
            if (had == null) {
                out.append('+').append(block.getKey()).append('\n');
                block.getValue().forEach(line -> shown(line, "+", out));
                continue;
            }
            List<String> added = minus(block.getValue(), had);
            List<String> removed = minus(had, block.getValue());
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.append(block.getKey()).append('\n');
                added.forEach(line -> shown(line, "+", out));
                removed.forEach(line -> shown(line, "-", out));
            }
        }
        for (Map.Entry<String, List<String>> block : from.entrySet()) {
            if (!to.containsKey(block.getKey())) {
                out.append('-').append(block.getKey()).append('\n');
                block.getValue().forEach(line -> shown(line, "-", out));
            }
        }
        return out.length() == header ? out.append("!No changes were found\n").toString() : out.toString();
    }

    /** The lines of {@code file} that {@code running} lacks, each under its block line, then {@code end}. */
    public static String incremental(String running, String file, boolean ignoreCase) {
        Map<String, List<String>> have = ConfigReplace.blocks(ignoreCase ? running.toLowerCase(java.util.Locale.ROOT) : running);
        Map<String, List<String>> want = ConfigReplace.blocks(file);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> block : want.entrySet()) {
            String key = ignoreCase ? block.getKey().toLowerCase(java.util.Locale.ROOT) : block.getKey();
            List<String> had = have.get(key);
            List<String> missing = new ArrayList<>();
            for (String line : block.getValue()) {
                if (had == null || !had.contains(ignoreCase ? line.toLowerCase(java.util.Locale.ROOT) : line)) {
                    missing.add(line);
                }
            }
            if (had == null || !missing.isEmpty()) {
                lines.add(block.getKey());
                missing.forEach(line -> lines.addAll(ConfigReplace.childLines(line, "")));
            }
        }
        StringBuilder out = new StringBuilder("!List of Commands:\n");
        lines.forEach(line -> out.append(line).append('\n'));
        out.append("end\n");
        return lines.isEmpty() ? out.append("!No changes were found\n").toString() : out.toString();
    }

    /** A block's child with its sign, inside its address-family sub-block when it has one. */
    private static void shown(String child, String sign, StringBuilder out) {
        ConfigReplace.childLines(child, sign).forEach(line -> out.append(line).append('\n'));
    }

    private static List<String> minus(List<String> lines, List<String> taken) {
        List<String> rest = new ArrayList<>(lines);
        rest.removeAll(taken);
        return rest;
    }
}
