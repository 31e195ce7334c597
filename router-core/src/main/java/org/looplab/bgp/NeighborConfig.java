package org.looplab.bgp;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code neighbor} lines of one neighbor (named by address) or one peer group (named by a word).
 * Only what was configured is held; {@link #effective} looks through the peer group to the default.
 */
public final class NeighborConfig {
    private final String name;
    private final boolean peerGroup;
    private final Map<NeighborSetting<?>, Object> values = new HashMap<>(4);
    /** The peer group this neighbor belongs to ({@code neighbor A peer-group NAME}), or null. */
    private NeighborConfig group;

    NeighborConfig(String name, boolean peerGroup) {
        this.name = name;
        this.peerGroup = peerGroup;
    }

    /** The address as typed ({@code 10.0.0.2}) or the peer group's name. */
    public String name() {
        return name;
    }

    public boolean isPeerGroup() {
        return peerGroup;
    }

    public NeighborConfig group() {
        return group;
    }

    void setGroup(NeighborConfig group) {
        this.group = group;
    }

    /** The value configured on this neighbor itself, or null. */
    public <T> T own(NeighborSetting<T> setting) {
        return setting.cast(values.get(setting));
    }

    /** The value in force: this neighbor's, else its peer group's, else {@code otherwise}. */
    public <T> T effective(NeighborSetting<T> setting, T otherwise) {
        T mine = own(setting);
        if (mine != null) {
            return mine;
        }
        T inherited = group == null ? null : group.own(setting);
        return inherited != null ? inherited : otherwise;
    }

    /** True when the keyword setting is on, here or through the peer group. */
    public boolean isOn(NeighborSetting<Boolean> setting) {
        return effective(setting, Boolean.FALSE);
    }

    /** Sets ({@code value} non-null) or removes ({@code null}) one setting. */
    <T> void put(NeighborSetting<T> setting, T value) {
        if (value == null) {
            values.remove(setting);
        } else {
            values.put(setting, setting.cast(value));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
