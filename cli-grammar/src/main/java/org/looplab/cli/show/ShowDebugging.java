package org.looplab.cli.show;

import java.util.Set;
import org.looplab.debug.DebugFlag;

/** {@code show debugging}: each debugging that is on, under its group, in IOS's words. */
public final class ShowDebugging {
    private ShowDebugging() {
    }

    /** The debugging's name as IOS says it is on or off: "IP routing debugging". */
    public static String name(DebugFlag flag) {
        return switch (flag) {
            case OSPF_ADJACENCY -> "OSPF adjacency debugging";
            case IP_ROUTING -> "IP routing debugging";
        };
    }

    private static String group(DebugFlag flag) {
        return switch (flag) {
            case OSPF_ADJACENCY -> "OSPF";
            case IP_ROUTING -> "IP routing";
        };
    }

    public static String render(Set<DebugFlag> on) {
        StringBuilder out = new StringBuilder();
        String group = null;
        for (DebugFlag flag : new DebugFlag[] {DebugFlag.IP_ROUTING, DebugFlag.OSPF_ADJACENCY}) {
            if (on.contains(flag)) {
                if (!group(flag).equals(group)) {
                    group = group(flag);
                    out.append(group).append(":\n");
                }
                out.append("  ").append(name(flag)).append(" is on\n");
            }
        }
        return out.toString();
    }
}
