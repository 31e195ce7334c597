package org.looplab.bgp.attr;

import java.util.HashMap;
import java.util.Map;

/**
 * One router's table of distinct attribute sets: {@link #intern} returns the one instance equal to the
 * given set (shared with the other routers that hold it, {@link SharedValues}), counting this router's
 * paths that hold it; {@link #release} forgets a set when the router's last path with it goes. Its size
 * and bytes are {@code show ip bgp summary}'s "BGP path/bestpath attribute entries" (a shared set counts
 * in full on every router that holds it, as each IOS router would).
 */
public final class AttributeInterner {
    /** The shared instance and how many of this router's paths hold it. */
    private static final class Held {
        final PathAttributes shared;
        int references;

        Held(PathAttributes shared) {
            this.shared = shared;
        }
    }

    private final Map<PathAttributes, Held> table = new HashMap<>();
    private long bytes;

    /** The shared instance equal to {@code attributes}, with one more reference counted. */
    public PathAttributes intern(PathAttributes attributes) {
        Held held = table.get(attributes);
        if (held == null) {
            held = new Held(SharedValues.share(attributes));
            table.put(held.shared, held);
            bytes += held.shared.memoryBytes();
        }
        held.references++;
        return held.shared;
    }

    /** One path no longer holds {@code attributes} (an instance {@link #intern} returned). */
    public void release(PathAttributes attributes) {
        Held held = table.get(attributes);
        if (held != null && --held.references == 0) {
            table.remove(attributes);
            bytes -= attributes.memoryBytes();
        }
    }

    /** Every distinct set held, in no particular order. */
    public java.util.Collection<PathAttributes> all() {
        return java.util.Collections.unmodifiableCollection(table.keySet());
    }

    /** Distinct attribute sets held. */
    public int size() {
        return table.size();
    }

    /** Bytes of the distinct sets (objects and arrays, not the table). */
    public long memoryBytes() {
        return bytes;
    }
}
