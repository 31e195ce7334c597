package org.looplab.cli.show;

import java.util.List;
import org.looplab.debug.DebugFlag;
import org.looplab.debug.Debugging;

/** {@code show debugging}: each debugging that is on, under its group, in IOS's words. */
public final class ShowDebugging {
    /** The order IOS lists them in, group by group. */
    private static final List<DebugFlag> ORDER = List.of(DebugFlag.IP_ICMP, DebugFlag.IP_PACKET,
            DebugFlag.IP_ROUTING, DebugFlag.OSPF_ADJACENCY, DebugFlag.OSPF_EVENTS, DebugFlag.OSPF_HELLO);

    private ShowDebugging() {
    }

    /** The debugging's name as IOS says it is on or off: "IP routing debugging". */
    public static String name(DebugFlag flag) {
        return switch (flag) {
            case OSPF_ADJACENCY -> "OSPF adjacency debugging";
            case OSPF_EVENTS -> "OSPF events debugging";
            case OSPF_HELLO -> "OSPF hello debugging";
            case IP_ROUTING -> "IP routing debugging";
            case IP_PACKET -> "IP packet debugging";
            case IP_ICMP -> "ICMP packet debugging";
        };
    }

    /** "IP packet debugging is on (detailed) for access list 100", as {@code debug} and {@code show debugging} say it. */
    public static String onLine(DebugFlag flag, Debugging debugging) {
        String line = name(flag) + " is on";
        if (flag == DebugFlag.IP_PACKET) {
            line += (debugging.packetDetail() ? " (detailed)" : "")
                    + (debugging.packetAccessList() != null ? " for access list " + debugging.packetAccessList() : "");
        }
        return line;
    }

    private static String group(DebugFlag flag) {
        return switch (flag) {
            case OSPF_ADJACENCY, OSPF_EVENTS, OSPF_HELLO -> "OSPF";
            case IP_ROUTING -> "IP routing";
            case IP_PACKET, IP_ICMP -> "Generic IP";
        };
    }

    public static String render(Debugging debugging) {
        StringBuilder out = new StringBuilder();
        String group = null;
        for (DebugFlag flag : ORDER) {
            if (debugging.isOn(flag)) {
                if (!group(flag).equals(group)) {
                    group = group(flag);
                    out.append(group).append(":\n");
                }
                out.append("  ").append(onLine(flag, debugging)).append('\n');
            }
        }
        return out.toString();
    }
}
