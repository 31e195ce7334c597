package org.looplab.cli.config;

import org.looplab.acl.AccessList;
import org.looplab.acl.AccessLists;
import org.looplab.acl.AclEntry;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * Access lists in the running configuration, where IOS 15 writes them after the {@code ip route} lines:
 * named lists as {@code ip access-list standard|extended NAME} blocks (rules without their sequence
 * numbers, which a reload renumbers by tens, as IOS), then numbered lists as {@code access-list N} lines;
 * and on interfaces {@code ip access-group} and {@code no ip unreachables}.
 */
final class AccessListLines {
    private AccessListLines() {
    }

    static String render(Router router) {
        AccessLists acls = router.attachmentIfPresent(AccessLists.class);
        if (acls == null || acls.all().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (AccessList list : acls.all()) {
            if (!list.isNumbered()) {
                out.append("ip access-list ").append(list.isExtended() ? "extended " : "standard ").append(list.name()).append('\n');
                for (AclEntry line : list.lines()) {
                    out.append(' ').append(line.ruleText()).append('\n');
                }
            }
        }
        boolean numbered = false;
        for (AccessList list : acls.all()) {
            if (list.isNumbered()) {
                if (!numbered && !out.isEmpty()) {
                    out.append("!\n");
                }
                numbered = true;
                for (AclEntry line : list.lines()) {
                    out.append("access-list ").append(list.name()).append(' ').append(line.ruleText()).append('\n');
                }
            }
        }
        return out.append("!\n").toString();
    }

    static String interfaceLines(Interface iface) {
        StringBuilder out = new StringBuilder();
        AccessLists acls = iface.router().attachmentIfPresent(AccessLists.class);
        if (acls != null) {
            String in = acls.accessGroup(iface.name(), true);
            String outbound = acls.accessGroup(iface.name(), false);
            if (in != null) {
                out.append(" ip access-group ").append(in).append(" in\n");
            }
            if (outbound != null) {
                out.append(" ip access-group ").append(outbound).append(" out\n");
            }
        }
        if (!iface.sendsUnreachables()) {
            out.append(" no ip unreachables\n");
        }
        return out.toString();
    }
}
