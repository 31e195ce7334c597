package org.looplab.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Makes a router's running-config become a given config text, as IOS's {@code configure replace} does:
 * the text is first loaded on a scratch router of the same model, both running-configs are rendered the
 * same way (so defaults compare equal), every top-level line or block line only the router has is taken
 * back with its {@code no} form (the newest first), the text is applied, and block lines only the scratch
 * router has (defaults the text leaves unsaid, such as an unnamed port's {@code shutdown}) follow. What a reload does to
 * lines added since the last save. Kernel thread.
 */
public final class ConfigReplace {
    private static final Pattern BANNER = Pattern.compile("^banner (\\S+) (\\S+)");

    private ConfigReplace() {
    }

    /** Replaces the running-config by {@code target}; returns the warnings of the lines applied. */
    public static List<String> replace(Router router, String target) {
        return replace(router, target, new ArrayList<>());
    }

    /**
     * As {@link #replace(Router, String)}; {@code changes} gets what changed, as IOS's {@code configure
     * replace ... list} prints it: the {@code no} forms, then the target's lines the router lacked.
     */
    public static List<String> replace(Router router, String target, List<String> changes) {
        Router scratch = new Lab("scratch", new Kernel(0)).addRouter(router.name(), router.portLayout());
        ConfigLoader.load(scratch, target);
        String running = RunningConfigWriter.render(router);
        String removals = removals(running, RunningConfigWriter.render(scratch));
        removals.lines().filter(line -> !line.equals("end")).forEach(changes::add);
        ConfigDiff.incremental(running, RunningConfigWriter.render(scratch), false).lines()
                .filter(line -> !line.startsWith("!") && !line.equals("end")).forEach(changes::add);
        List<String> warnings = new ArrayList<>();
        if (!removals.isEmpty()) {
            ConfigLoader.load(router, removals); // a no form a feature lacks changes nothing
        }
        warnings.addAll(ConfigLoader.load(router, target).warnings());
        // Lines the text leaves to the boot defaults (an unnamed port's shutdown), as the scratch router has them.
        String additions = additions(RunningConfigWriter.render(router), RunningConfigWriter.render(scratch));
        if (!additions.isEmpty()) {
            ConfigLoader.load(router, additions);
        }
        return warnings;
    }

    /** The config lines that take back what {@code running} has and {@code wanted} lacks. */
    static String removals(String running, String wanted) {
        Map<String, List<String>> have = blocks(running);
        Map<String, List<String>> want = blocks(wanted);
        List<String> lines = new ArrayList<>();
        List<String> headers = new ArrayList<>(have.keySet());
        java.util.Collections.reverse(headers);
        for (String header : headers) {
            List<String> children = want.get(header);
            if (children == null) {
                if (!have.get(header).isEmpty() && header.startsWith("interface ") && !header.contains("Loopback")
                        && !header.contains("Tunnel") && !header.contains(".")) {
                    // a physical port stays: take back its lines instead
                    lines.add(header);
                    have.get(header).forEach(child -> lines.addAll(takeBack(child, have.get(header))));
                    lines.add("!");
                } else {
                    negate(header).ifPresent(lines::add);
                }
                continue;
            }
            List<String> extra = new ArrayList<>(have.get(header));
            extra.removeAll(children);
            if (!extra.isEmpty()) {
                lines.add(header);
                extra.forEach(child -> lines.addAll(takeBack(child, extra)));
                lines.add("!");
            }
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\nend\n";
    }

    /** The block lines {@code wanted} has and {@code running} lacks, in blocks both have. */
    static String additions(String running, String wanted) {
        Map<String, List<String>> have = blocks(running);
        Map<String, List<String>> want = blocks(wanted);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> block : want.entrySet()) {
            List<String> children = have.get(block.getKey());
            if (children == null) {
                continue;
            }
            List<String> missing = new ArrayList<>(block.getValue());
            missing.removeAll(children);
            if (!missing.isEmpty()) {
                lines.add(block.getKey());
                missing.forEach(child -> lines.addAll(childLines(child, "")));
                lines.add("!");
            }
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\nend\n";
    }

    /** {@code no LINE}, or for a {@code no} line its positive form; banners by type. */
    private static java.util.Optional<String> negate(String line) {
        String text = line.strip();
        Matcher banner = BANNER.matcher(text);
        if (banner.find()) {
            return java.util.Optional.of("no banner " + banner.group(1));
        }
        if (text.startsWith("no ")) {
            String positive = text.substring(3);
            // "no ip address" and the like have no positive form without arguments
            return positive.contains(" ") || positive.equals("shutdown") ? java.util.Optional.of(positive)
                    : java.util.Optional.empty();
        }
        return java.util.Optional.of("no " + text);
    }

    /** Separates a sub-block's header from one of its lines in a block's child ({@link #blocks}). */
    static final char NESTED = '\t';

    /**
     * Top-level lines in order, each with its indented lines; banner texts are skipped whole. A line of an
     * {@code address-family} sub-block (inside {@code router bgp} or {@code vrf definition}) is kept as its
     * sub-block's header, {@link #NESTED}, the line, so that it is taken back or added in its own mode; the
     * block's own {@code !} and {@code exit-address-family} lines are structure, not children.
     */
    static Map<String, List<String>> blocks(String config) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        String sub = null;
        String[] lines = config.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String text = line.strip();
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (indented && current != null && (text.equals("!") || text.equals("exit-address-family"))) {
                sub = text.equals("!") ? sub : null;
                continue;
            }
            if (text.isEmpty() || text.startsWith("!") || text.equals("end") || text.startsWith("Building configuration")
                    || text.startsWith("Current configuration") || text.startsWith("version ")) {
                current = null;
                continue;
            }
            if (indented && current != null) {
                int depth = line.length() - line.stripLeading().length();
                if (depth == 1) {
                    sub = text.startsWith("address-family ") ? text : null;
                    current.add(text);
                } else {
                    current.add(sub != null ? sub + NESTED + text : text);
                }
                continue;
            }
            sub = null;
            current = blocks.computeIfAbsent(text, key -> new ArrayList<>());
            Matcher banner = BANNER.matcher(text);
            if (banner.find()) {
                String delimiter = banner.group(2).length() >= 2 && banner.group(2).startsWith("^")
                        ? banner.group(2).substring(0, 2) : banner.group(2).substring(0, 1);
                String rest = text.substring(banner.end(2) - banner.group(2).length() + delimiter.length());
                boolean closed = rest.contains(delimiter);
                while (!closed && i + 1 < lines.length) {
                    closed = lines[++i].contains(delimiter);
                }
                current = null;
            }
        }
        return blocks;
    }

    /**
     * A block's child as config lines (one indented line, or a sub-block's line inside its header and
     * {@code exit-address-family}), with {@code mark} before the line itself ("" to apply, "+" or "-" to show).
     */
    static List<String> childLines(String child, String mark) {
        int nested = child.indexOf(NESTED);
        if (nested < 0) {
            return List.of(" " + mark + child);
        }
        return List.of(" " + child.substring(0, nested), "  " + mark + child.substring(nested + 1), " exit-address-family");
    }

    /** The lines that take back a block's child; none for a sub-block's line when the sub-block itself goes. */
    private static List<String> takeBack(String child, List<String> removed) {
        int nested = child.indexOf(NESTED);
        if (nested >= 0 && removed.contains(child.substring(0, nested))) {
            return List.of();
        }
        String line = nested < 0 ? child : child.substring(nested + 1);
        return negate(line).map(no -> childLines(nested < 0 ? no : child.substring(0, nested) + NESTED + no, ""))
                .orElse(List.of());
    }
}
