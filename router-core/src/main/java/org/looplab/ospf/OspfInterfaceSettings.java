package org.looplab.ospf;

/**
 * The {@code ip ospf ...} lines of one interface. They belong to the interface, not to a process, as in
 * IOS: they stay when {@code router ospf} is removed. A null field means the line is absent (the default
 * applies).
 */
public final class OspfInterfaceSettings {
    /** {@code ip ospf N area X}: the process id, or 0 when absent. */
    int processId;
    AreaId area;
    Integer cost;
    Integer helloInterval;
    Integer deadInterval;
    Integer priority;
    NetworkType networkType;
    /** {@code ip ospf mtu-ignore}: accept a neighbour's DBD whatever its Interface MTU field says. */
    boolean mtuIgnore;
    /** {@code ip ospf authentication [message-digest|null]}: null when absent (the area's type applies). */
    AuthenticationType authentication;
    String authenticationKey;
    final java.util.TreeMap<Integer, String> messageDigestKeys = new java.util.TreeMap<>();

    /** The process of {@code ip ospf N area X}, or 0 when the interface has no such line. */
    public int processId() {
        return processId;
    }

    /** The area of {@code ip ospf N area X}, or null. */
    public AreaId area() {
        return area;
    }

    /** {@code ip ospf cost N}, or null. */
    public Integer cost() {
        return cost;
    }

    /** {@code ip ospf hello-interval N}, or null. */
    public Integer helloInterval() {
        return helloInterval;
    }

    /** {@code ip ospf dead-interval N}, or null. */
    public Integer deadInterval() {
        return deadInterval;
    }

    /** {@code ip ospf priority N}, or null. */
    public Integer priority() {
        return priority;
    }

    /** {@code ip ospf network point-to-point} (or broadcast), or null. */
    public NetworkType networkType() {
        return networkType;
    }

    /** {@code ip ospf mtu-ignore}. */
    public boolean mtuIgnore() {
        return mtuIgnore;
    }

    /** {@code ip ospf authentication ...}, or null. */
    public AuthenticationType authentication() {
        return authentication;
    }

    /** {@code ip ospf authentication-key KEY}, or null. */
    public String authenticationKey() {
        return authenticationKey;
    }

    /** {@code ip ospf message-digest-key N md5 KEY} lines, by key id. */
    public java.util.Map<Integer, String> messageDigestKeys() {
        return java.util.Collections.unmodifiableMap(messageDigestKeys);
    }

    boolean isEmpty() {
        return processId == 0 && cost == null && helloInterval == null && deadInterval == null
                && priority == null && networkType == null && !mtuIgnore && authentication == null && authenticationKey == null
                && messageDigestKeys.isEmpty();
    }
}
