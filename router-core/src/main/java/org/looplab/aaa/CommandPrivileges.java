package org.looplab.aaa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.router.Router;

/**
 * {@code privilege MODE [all] level N COMMAND...}: the privilege levels a router gives the keywords of
 * its commands, per command mode ({@code exec}, {@code configure}, {@code interface}...). A keyword path
 * is the command's keywords in full ({@code [show, ip, route]}). Setting a path sets every shorter path
 * of it to the same level, as IOS does ("raising show ip route also raises show ip and show"); {@code all}
 * gives the level to every keyword below the path too. Kernel thread only.
 */
public final class CommandPrivileges {
    /** One configured node: the mode, the keyword path, its level, and whether it covers all below it. */
    public record Entry(String mode, List<String> keywords, int level, boolean all) {
    }

    private record Key(String mode, List<String> keywords) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    public static CommandPrivileges of(Router router) {
        return router.attachment(CommandPrivileges.class, r -> new CommandPrivileges());
    }

    /** The router's privileges, or null when it never had a privilege line. */
    public static CommandPrivileges ifPresent(Router router) {
        return router.attachmentIfPresent(CommandPrivileges.class);
    }

    /** {@code privilege MODE [all] level N KEYWORDS}: the path and each shorter path get the level. */
    public void set(String mode, List<String> keywords, int level, boolean all) {
        for (int length = 1; length < keywords.size(); length++) {
            List<String> prefix = List.copyOf(keywords.subList(0, length));
            Entry existing = entries.get(new Key(mode, prefix));
            entries.put(new Key(mode, prefix), new Entry(mode, prefix, level, existing != null && existing.all()));
        }
        List<String> path = List.copyOf(keywords);
        entries.put(new Key(mode, path), new Entry(mode, path, level, all));
    }

    /** {@code privilege MODE reset KEYWORDS} or the {@code no} form: the path back to its default level. */
    public void reset(String mode, List<String> keywords) {
        entries.remove(new Key(mode, List.copyOf(keywords)));
    }

    /**
     * The configured node of a path: its own entry, else the longest shorter path configured with
     * {@code all}; null when the path keeps its default level.
     */
    public Entry node(String mode, List<String> keywords) {
        Entry own = entries.get(new Key(mode, keywords));
        if (own != null) {
            return own;
        }
        for (int length = keywords.size() - 1; length > 0; length--) {
            Entry covering = entries.get(new Key(mode, keywords.subList(0, length)));
            if (covering != null && covering.all()) {
                return covering;
            }
        }
        return null;
    }

    /** The entries of one mode as IOS writes them: each path's longer paths before it, siblings as configured. */
    public List<Entry> entries(String mode) {
        List<Entry> ordered = new ArrayList<>();
        for (Entry entry : entries.values()) {
            List<String> path = entry.keywords();
            if (entry.mode().equals(mode)
                    && (path.size() == 1 || !entries.containsKey(new Key(mode, path.subList(0, path.size() - 1))))) {
                addBelowFirst(entry, ordered);
            }
        }
        return ordered;
    }

    private void addBelowFirst(Entry parent, List<Entry> ordered) {
        for (Entry entry : entries.values()) {
            List<String> path = entry.keywords();
            if (entry.mode().equals(parent.mode()) && path.size() == parent.keywords().size() + 1
                    && path.subList(0, parent.keywords().size()).equals(parent.keywords())) {
                addBelowFirst(entry, ordered);
            }
        }
        ordered.add(parent);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
