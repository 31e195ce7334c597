package org.looplab.ospf;

import java.util.Map;
import java.util.TreeMap;
import org.looplab.net.Ipv4Prefix;

/**
 * The {@code area N ...} lines of a process for one area: its type ({@code stub}, {@code nssa}, each with
 * {@code no-summary}; NSSA's {@code default-information-originate}), {@code default-cost} and its
 * {@code range} lines. Absent lines leave the defaults: a normal area, default cost 1.
 */
public final class AreaSettings {
    /** RFC 2328 3.6, RFC 3101: what an area carries of the routes from outside it. */
    public enum Type { NORMAL, STUB, NSSA }

    public static final int DEFAULT_COST = 1;

    Type type = Type.NORMAL;
    boolean noSummary;
    boolean nssaDefaultOriginate;
    Integer defaultCost;
    /** {@code area N authentication [message-digest]}, or null. */
    AuthenticationType authentication;
    /** {@code area N range A M [not-advertise]}: prefix -> advertised. */
    final TreeMap<Ipv4Prefix, Boolean> ranges = new TreeMap<>();

    /** {@code area N authentication [message-digest]}: SIMPLE or MESSAGE_DIGEST, or null. */
    public AuthenticationType authentication() {
        return authentication;
    }

    public Type type() {
        return type;
    }

    /** {@code no-summary}: an ABR sends no type-3 summaries into the area but the default. */
    public boolean noSummary() {
        return noSummary;
    }

    /** {@code area N nssa default-information-originate}: the ABR sends a type-7 default into the NSSA. */
    public boolean nssaDefaultOriginate() {
        return nssaDefaultOriginate;
    }

    /** {@code area N default-cost C}, or null. */
    public Integer defaultCost() {
        return defaultCost;
    }

    public int effectiveDefaultCost() {
        return defaultCost != null ? defaultCost : DEFAULT_COST;
    }

    /** The ranges, prefix to advertised (false for {@code not-advertise}), by prefix. */
    public Map<Ipv4Prefix, Boolean> ranges() {
        return java.util.Collections.unmodifiableMap(ranges);
    }

    boolean isEmpty() {
        return type == Type.NORMAL && defaultCost == null && ranges.isEmpty() && authentication == null;
    }
}
