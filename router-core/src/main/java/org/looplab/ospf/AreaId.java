package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/**
 * An OSPF area identifier, a 32-bit number (RFC 2328 3). IOS accepts it as a decimal number
 * ({@code area 1}) or in dotted form ({@code area 0.0.0.1}) and prints it back the way it was typed, so
 * the form is kept; two ids are equal when their numbers are.
 */
public final class AreaId implements Comparable<AreaId> {
    public static final AreaId BACKBONE = new AreaId(0, false);
    public static final long MAX = 0xFFFF_FFFFL;

    private final long value;
    private final boolean dotted;

    private AreaId(long value, boolean dotted) {
        this.value = value;
        this.dotted = dotted;
    }

    /** {@code area N}, N in 0..4294967295. */
    public static AreaId of(long value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("area " + value);
        }
        return new AreaId(value, false);
    }

    /** {@code area A.B.C.D}. */
    public static AreaId dotted(Ipv4Address address) {
        return new AreaId(address.bits() & MAX, true);
    }

    /** Parses {@code 1} or {@code 0.0.0.1}; null when it is neither. */
    public static AreaId parse(String text) {
        if (text.indexOf('.') >= 0) {
            Ipv4Address address = Ipv4Address.parse(text);
            return address == null ? null : dotted(address);
        }
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(text);
        return value > MAX ? null : new AreaId(value, false);
    }

    public long value() {
        return value;
    }

    /** True when the id was typed in dotted form. */
    public boolean isDotted() {
        return dotted;
    }

    public boolean isBackbone() {
        return value == 0;
    }

    /** The id in dotted form, as it travels in packet headers. */
    public Ipv4Address asAddress() {
        return new Ipv4Address((int) value);
    }

    /** As typed: {@code 0} or {@code 0.0.0.0}. */
    @Override
    public String toString() {
        return dotted ? asAddress().toString() : Long.toString(value);
    }

    /** IOS's {@code show ip ospf} heading: {@code BACKBONE(0)} for area 0, else the id. */
    public String displayName() {
        return isBackbone() ? "BACKBONE(" + this + ")" : toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AreaId area && area.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public int compareTo(AreaId other) {
        return Long.compare(value, other.value);
    }
}
