package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** A config of hundreds of lines pasted into a session applies in order; each bad line gets its own error. */
class PastedConfigTest {
    @Test
    void hundredsOfLinesApplyInOrderWithPerLineErrors() {
        Router router = new Lab("t", new Kernel(1)).addRouter("r1");
        List<String> lines = new ArrayList<>(List.of("hostname First"));
        for (int n = 0; n < 100; n++) {
            lines.add("interface Loopback" + n);
            lines.add(" description loop " + n);
            lines.add(n % 25 == 7 ? " ip adress 10.1." + n + ".1 255.255.255.255" // a typo IOS refuses
                    : " ip address 10.1." + n + ".1 255.255.255.255");
        }
        lines.add("hostname Last"); // applied after everything above
        lines.add("interface Loopback3");
        lines.add(" description changed later");
        lines.add("end");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        List<Integer> refused = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String output = session.execute(lines.get(index));
            if (!output.isEmpty()) {
                assertTrue(output.contains("% Invalid input detected at '^' marker."), output);
                refused.add(index);
            }
        }
        assertEquals(List.of(24, 99, 174, 249), refused); // the four typos, and nothing else
        assertEquals("Last", router.hostname());
        assertEquals("changed later", router.interfaceNamed(InterfaceName.loopback(3)).description());
        assertEquals(null, router.interfaceNamed(InterfaceName.loopback(7)).address());
        assertEquals("10.1.99.1", router.interfaceNamed(InterfaceName.loopback(99)).address().address().toString());
        assertEquals("Last#", session.prompt());
        assertEquals(4, ConfigLoader.apply(new Lab("t", new Kernel(1)).addRouter("r2"), String.join("\n", lines)).size());
    }
}
