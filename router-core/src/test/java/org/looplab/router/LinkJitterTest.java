package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.looplab.sim.Kernel;

/** A link's jitter: each frame's delay drawn within delay +/- jitter from the seeded generator, none drawn without it. */
class LinkJitterTest {
    private static Link link() {
        Lab lab = new Lab("t", new Kernel(1));
        return lab.connect(lab.addRouter("r1"), InterfaceName.gigabitEthernet(0), lab.addRouter("r2"),
                InterfaceName.gigabitEthernet(0));
    }

    private static List<Long> delays(long seed) {
        Link link = link();
        link.setDelayNanos(20_000_000);
        link.setJitterNanos(5_000_000);
        Random random = new Random(seed);
        List<Long> drawn = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            drawn.add(link.frameDelayNanos(random));
        }
        return drawn;
    }

    @Test
    void framesSpreadWithinTheJitterAndTheSameSeedGivesTheSameDelays() {
        List<Long> drawn = delays(7);
        assertTrue(drawn.stream().allMatch(d -> d >= 15_000_000 && d <= 25_000_000));
        assertTrue(drawn.stream().anyMatch(d -> d < 17_000_000) && drawn.stream().anyMatch(d -> d > 23_000_000));
        assertEquals(drawn, delays(7));
    }

    @Test
    void withoutJitterNothingIsDrawnAndADelayNeverGoesBelowZero() {
        Link link = link();
        Random random = new Random(3);
        long before = new Random(3).nextLong();
        assertEquals(Link.DEFAULT_DELAY_NANOS, link.frameDelayNanos(random));
        assertEquals(before, random.nextLong());
        link.setDelayNanos(1_000);
        link.setJitterNanos(1_000_000);
        for (int i = 0; i < 100; i++) {
            assertTrue(link.frameDelayNanos(random) >= 0);
        }
    }
}
