package org.looplab.debug;

import java.util.EnumSet;
import java.util.Set;

/**
 * The debugging a router has on ({@code debug ...}, {@code undebug all}). Debug output goes to the log
 * without a {@code %FACILITY-SEVERITY-MNEMONIC} tag, which marks it as severity 7 (debugging). Kernel thread.
 */
public final class Debugging {
    private final EnumSet<DebugFlag> on = EnumSet.noneOf(DebugFlag.class);
    private Runnable onChange = () -> { };
    private String packetAccessList;
    private boolean packetDetail;
    private boolean watchesPackets;

    public boolean isOn(DebugFlag flag) {
        return on.contains(flag);
    }

    public Set<DebugFlag> flags() {
        return EnumSet.copyOf(on);
    }

    public void set(DebugFlag flag, boolean enabled) {
        if (enabled ? on.add(flag) : on.remove(flag)) {
            changed();
        }
    }

    /** True while {@code debug ip packet} or {@code debug ip icmp} is on: the data plane's one check. */
    public boolean watchesPackets() {
        return watchesPackets;
    }

    private void changed() {
        watchesPackets = on.contains(DebugFlag.IP_PACKET) || on.contains(DebugFlag.IP_ICMP);
        onChange.run();
    }

    /** {@code debug ip packet [ACL] [detail]}: on, filtered by that access list (null for every packet). */
    public void packetOn(String accessList, boolean detail) {
        packetAccessList = accessList;
        packetDetail = detail;
        set(DebugFlag.IP_PACKET, true);
    }

    /** The access list {@code debug ip packet} shows the packets of, null for all. */
    public String packetAccessList() {
        return packetAccessList;
    }

    /** {@code debug ip packet detail}: each packet's protocol header on a second line. */
    public boolean packetDetail() {
        return packetDetail;
    }

    public void allOff() {
        if (!on.isEmpty()) {
            on.clear();
            changed();
        }
    }

    /** Told after every change (the routing debugger takes or drops its picture of the RIB). */
    void onChange(Runnable action) {
        onChange = action;
    }
}
