package org.looplab.bgp.attr;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Immutable values that many routers hold equal copies of (attribute sets, the prefix of a BGP table
 * entry, the RIB route a reflected path installs: the same on every client), shared across every router
 * of the JVM: one instance each while any router holds it.
 * Only equality matters to the code that uses them, so sharing changes no behaviour; the map is weak
 * and synchronized (several labs may run on several kernel threads).
 */
public final class SharedValues {
    private static final Map<Object, WeakReference<Object>> VALUES = Collections.synchronizedMap(new WeakHashMap<>());

    private SharedValues() {
    }

    /** The shared instance equal to {@code value} (value itself the first time). */
    @SuppressWarnings("unchecked")
    public static <T> T share(T value) {
        synchronized (VALUES) {
            WeakReference<Object> existing = VALUES.get(value);
            Object shared = existing == null ? null : existing.get();
            if (shared != null) {
                return (T) shared;
            }
            VALUES.put(value, new WeakReference<>(value));
            return value;
        }
    }
}
