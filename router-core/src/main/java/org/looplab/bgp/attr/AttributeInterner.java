package org.looplab.bgp.attr;

import java.util.HashMap;
import java.util.Map;

/**
 * One router's table of distinct attribute sets: {@link #intern} returns the one instance equal to the
 * given set, counting the paths that hold it; {@link #release} forgets a set when its last path goes.
 * Its size and bytes are {@code show ip bgp summary}'s "BGP path/bestpath attribute entries".
 */
public final class AttributeInterner {
    private final Map<PathAttributes, PathAttributes> table = new HashMap<>();
    private long bytes;

    /** The shared instance equal to {@code attributes}, with one more reference counted. */
    public PathAttributes intern(PathAttributes attributes) {
        PathAttributes shared = table.get(attributes);
        if (shared == null) {
            shared = attributes;
            table.put(shared, shared);
            bytes += shared.memoryBytes();
        }
        shared.references++;
        return shared;
    }

    /** One path no longer holds {@code attributes} (an instance {@link #intern} returned). */
    public void release(PathAttributes attributes) {
        if (--attributes.references == 0) {
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
