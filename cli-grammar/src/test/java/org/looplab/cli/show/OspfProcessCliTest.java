package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Process-wide OSPF lines and reports at the CLI: neighbor detail, show ip ospf N, clear ip ospf process. */
class OspfProcessCliTest {
    private static final long SECOND = 1_000_000_000L;
    private Kernel kernel;
    private Router r1;

    @BeforeEach
    void pair() {
        kernel = new Kernel(9);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        String config = """
                interface GigabitEthernet0/0
                 ip address 10.0.12.%d 255.255.255.0
                router ospf 1
                 network 10.0.12.0 0.0.0.255 area 0
                """;
        assertEquals(List.of(), ConfigLoader.apply(r1, config.formatted(1)));
        assertEquals(List.of(), ConfigLoader.apply(r2, config.formatted(2)));
        kernel.runUntil(kernel.now() + 60 * SECOND);
    }

    @Test
    void neighborDetailParsedByTextFsm() throws Exception {
        String shown = new CliSession(r1, "admin", 15, "test").execute("show ip ospf neighbor detail");
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip ospf neighbor detail", shown);
        assertEquals(1, rows.size(), shown);
        assertEquals("10.0.12.2", rows.get(0).get("NEIGHBOR_ID"));
        assertEquals("10.0.12.2", rows.get(0).get("ADDRESS"));
        assertEquals("0", rows.get(0).get("AREA"));
        assertEquals("GigabitEthernet0/0", rows.get(0).get("INTERFACE"));
        assertEquals("FULL", rows.get(0).get("STATE"));
        assertEquals("0x2", rows.get(0).get("OPTIONS"));
        assertEquals("10.0.12.2", rows.get(0).get("DR"));
    }

    @Test
    void clearAsksAndNoIsTheDefault() {
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("clear ip ospf process");
        assertEquals("Reset ALL OSPF processes? [no]: ", session.prompt());
        session.execute("");
        kernel.runUntil(kernel.now() + SECOND);
        assertTrue(r1.log().messages().stream().noneMatch(m -> m.text().contains("Adjacency forced to reset")));
        session.execute("clear ip ospf 1 process");
        assertEquals("Reset OSPF process 1? [no]: ", session.prompt());
        session.execute("yes");
        kernel.runUntil(kernel.now() + SECOND);
        assertTrue(r1.log().messages().stream().anyMatch(m -> m.text().equals(
                "%OSPF-5-ADJCHG: Process 1, Nbr 10.0.12.2 on GigabitEthernet0/0 from FULL to DOWN, "
                        + "Neighbor Down: Adjacency forced to reset")));
        assertTrue(session.execute("show ip ospf 1").startsWith(" Routing Process \"ospf 1\" with ID 10.0.12.1\n"));
        assertEquals("", session.execute("show ip ospf 2"));
    }

    @Test
    void processLinesWrittenBack() {
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("router ospf 1");
        for (String line : List.of("log-adjacency-changes detail", "maximum-paths 8", "distance ospf external 170",
                "distance ospf intra-area 100")) {
            assertEquals("", session.execute(line), line);
        }
        assertTrue(session.execute("maximum-paths 33").contains("% Invalid input detected at '^' marker."));
        String running = RunningConfigWriter.render(r1);
        assertTrue(running.contains("""
                router ospf 1
                 log-adjacency-changes detail
                 network 10.0.12.0 0.0.0.255 area 0
                 distance ospf intra-area 100 external 170
                 maximum-paths 8
                !
                """), running);
        session.execute("no log-adjacency-changes");
        session.execute("distance 120");
        session.execute("no maximum-paths");
        assertTrue(RunningConfigWriter.render(r1).contains("""
                router ospf 1
                 no log-adjacency-changes
                 network 10.0.12.0 0.0.0.255 area 0
                 distance 120
                !
                """), RunningConfigWriter.render(r1));
    }
}
