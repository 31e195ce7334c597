package org.looplab.cli.show;

import java.util.List;
import org.looplab.policy.PrefixList;
import org.looplab.policy.PrefixListEntry;
import org.looplab.policy.RoutingPolicies;

/**
 * {@code show ip prefix-list [detail] [NAME]} as IOS 15 prints it: a header per list, then one line per
 * entry indented three spaces. The detail form adds the counts line and each entry's hit count.
 */
public final class ShowIpPrefixList {
    private ShowIpPrefixList() {
    }

    /** {@code name} null for every list; an unknown name prints nothing, as IOS. */
    public static String render(RoutingPolicies policies, String name, boolean detail) {
        List<PrefixList> lists = name == null ? policies.prefixLists()
                : policies.prefixList(name) == null ? List.of() : List.of(policies.prefixList(name));
        StringBuilder out = new StringBuilder();
        if (detail && !lists.isEmpty()) {
            out.append("Prefix-list with the last deletion/insertion: ").append(lists.get(lists.size() - 1).name())
                    .append('\n');
        }
        for (PrefixList list : lists) {
            List<PrefixListEntry> entries = list.entries();
            if (detail) {
                out.append("ip prefix-list ").append(list.name()).append(":\n");
                description(list, out);
                long ranges = entries.stream().filter(entry -> entry.ge() > 0 || entry.le() > 0).count();
                out.append("   count: ").append(entries.size()).append(", range entries: ").append(ranges)
                        .append(", sequences: ");
                if (entries.isEmpty()) {
                    out.append("- ");
                } else {
                    out.append(entries.get(0).sequence()).append(" - ").append(entries.get(entries.size() - 1).sequence());
                }
                out.append(", refcount: ").append(entries.size() + 1).append('\n');
            } else {
                out.append("ip prefix-list ").append(list.name()).append(": ").append(entries.size())
                        .append(entries.size() == 1 ? " entries\n" : " entries\n");
                description(list, out);
            }
            for (PrefixListEntry entry : entries) {
                out.append("   seq ").append(entry.sequence()).append(' ').append(entry.ruleText());
                if (detail) {
                    out.append(" (hit count: ").append(list.hitCount(entry.sequence())).append(", refcount: 1)");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void description(PrefixList list, StringBuilder out) {
        if (list.description() != null) {
            out.append("   Description: ").append(list.description()).append('\n');
        }
    }
}
