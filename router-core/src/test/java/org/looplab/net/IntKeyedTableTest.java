package org.looplab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntKeyedTableTest {
    @Test
    void behavesLikeAHashMapThroughGrowthAndBackwardShiftDeletion() {
        IntKeyedTable<String> table = new IntKeyedTable<>();
        Map<Integer, String> expected = new HashMap<>();
        Random random = new Random(5);
        for (int step = 0; step < 20_000; step++) {
            int key = random.nextInt(500) * 0x10000; // keys sharing low bits collide in the probe runs
            if (random.nextInt(3) == 0) {
                assertEquals(expected.remove(key), table.remove(key));
            } else {
                String value = "v" + step;
                assertEquals(expected.put(key, value), table.put(key, value));
            }
            assertEquals(expected.size(), table.size());
        }
        expected.forEach((key, value) -> assertEquals(value, table.get(key)));
        Map<Integer, String> seen = new HashMap<>();
        table.forEach((value, key) -> seen.put(key, value));
        assertEquals(expected, seen);
    }

    @Test
    void removesOnlyTheExpectedValue() {
        IntKeyedTable<String> table = new IntKeyedTable<>();
        String first = new String("a");
        table.put(7, first);
        assertNull(table.remove(7, new String("a")), "another object, even if equal, stays");
        assertEquals(first, table.remove(7, first));
        assertNull(table.get(7));
    }
}
