package org.looplab.cli.show;

import org.looplab.acl.AccessList;
import org.looplab.acl.AccessLists;
import org.looplab.acl.AclEntry;

/**
 * {@code show ip access-lists}: each list's kind and name, then its rules with their sequence numbers and
 * match counters ({@code (5 matches)}, {@code (1 match)}); remarks are not shown, as on IOS.
 */
public final class ShowIpAccessLists {
    private ShowIpAccessLists() {
    }

    public static String render(AccessLists acls, String only) {
        StringBuilder out = new StringBuilder();
        for (AccessList list : acls.all()) {
            if (only != null && !only.equals(list.name())) {
                continue;
            }
            out.append(list.isExtended() ? "Extended" : "Standard").append(" IP access list ").append(list.name()).append('\n');
            for (AclEntry rule : list.rules()) {
                out.append("    ").append(rule.sequence()).append(' ').append(rule.showText());
                if (rule.matches() > 0) {
                    out.append(" (").append(rule.matches()).append(rule.matches() == 1 ? " match)" : " matches)");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
