package org.looplab.router;

/**
 * {@code encapsulation dot1Q N [native]} on a subinterface: the IEEE 802.1Q VLAN its frames belong to. A
 * native VLAN's frames cross the cable untagged, the others carry the tag.
 */
public record Dot1qEncapsulation(int vlan, boolean nativeVlan) {
    /** The VLAN IDs IOS accepts (0 and 4095 are reserved by 802.1Q). */
    public static final int MIN_VLAN = 1;
    public static final int MAX_VLAN = 4094;
    /** What a frame without an 802.1Q tag carries, in {@link Interface#frameTag()}. */
    public static final int UNTAGGED = 0;

    public Dot1qEncapsulation {
        if (vlan < MIN_VLAN || vlan > MAX_VLAN) {
            throw new IllegalArgumentException("VLAN out of range: " + vlan);
        }
    }

    /** The tag its frames carry on the cable: none for the native VLAN. */
    public int frameTag() {
        return nativeVlan ? UNTAGGED : vlan;
    }
}
