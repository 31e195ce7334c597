package org.looplab.cli.parse;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * What may follow a sequence of token types, remembered across lines and sessions. The grammar has no
 * semantic predicates or actions, so the answer depends only on the start rule, the prediction mode and
 * the types, never on the text typed. Thread-safe; bounded: when full it starts again empty (the
 * prefixes people and tools type come back within a few lines).
 */
final class ExpectedTypesCache {
    private final int capacity;
    private final Map<Key, ExpectedTypes> entries = new ConcurrentHashMap<>();

    ExpectedTypesCache(int capacity) {
        this.capacity = capacity;
    }

    /** The start rule is compared by identity: keep one instance per rule, as {@code Modes} does. */
    ExpectedTypes get(StartRule rule, PredictionMode mode, int[] types, Supplier<ExpectedTypes> probe) {
        Key key = new Key(rule, mode, types);
        ExpectedTypes expected = entries.get(key);
        if (expected == null) {
            // Probed outside any lock: two threads may both probe a new prefix, and get the same answer.
            expected = probe.get();
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(new Key(rule, mode, types.clone()), expected);
        }
        return expected;
    }

    private record Key(StartRule rule, PredictionMode mode, int[] types) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.rule == rule && key.mode == mode && Arrays.equals(key.types, types);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(rule) * 31 + mode.ordinal()) * 31 + Arrays.hashCode(types);
        }
    }
}
