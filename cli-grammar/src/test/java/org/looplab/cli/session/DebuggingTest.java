package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.log.LogLevel;
import org.looplab.log.LogMessage;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * {@code debug ip ospf adj} and {@code debug ip routing}: what the neighbour state machine and the RIB
 * really do, in the log with IOS's words, on the virtual clock; {@code show debugging}, {@code undebug all}.
 */
class DebuggingTest {
    private static final long MINUTE = 60_000_000_000L;

    /** Two routers cabled Gi0/0 to Gi0/0, new for each test. */
    private final Kernel kernel = new Kernel(3);
    private final Lab lab = new Lab("t", kernel);
    private final Router r1 = lab.addRouter("r1");
    private final Router r2 = lab.addRouter("r2");

    {
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
    }

    private static String config(int n) {
        return """
                hostname R%1$d
                interface Loopback0
                 ip address 10.0.0.%1$d 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.%1$d 255.255.255.0
                 ip ospf network point-to-point
                router ospf 1
                 router-id 10.0.0.%1$d
                 network 10.0.0.0 0.255.255.255 area 0
                """.formatted(n);
    }

    private static List<String> log(Router router) {
        return router.log().messages().stream().map(LogMessage::text).toList();
    }

    @Test
    void adjacencyAndRoutingDebugFollowTheMechanisms() {
        CliSession session = new CliSession(r1, "admin", 15, "test");
        assertEquals("OSPF adjacency debugging is on\n", session.execute("debug ip ospf adj"));
        assertEquals("IP routing debugging is on\n", session.execute("debug ip routing"));
        assertEquals("IP routing:\n  IP routing debugging is on\nOSPF:\n  OSPF adjacency debugging is on\n",
                session.execute("show debugging"));
        assertEquals(List.of(), ConfigLoader.apply(r1, config(1)));
        assertEquals(List.of(), ConfigLoader.apply(r2, config(2)));
        kernel.runUntil(kernel.now() + 2 * MINUTE);

        List<String> log = log(r1);
        int synchronizedAt = log.indexOf("OSPF-1 ADJ   Gi0/0: Synchronized with 10.0.0.2, state FULL");
        assertTrue(synchronizedAt > 0, String.join("\n", log));
        assertTrue(log.get(synchronizedAt + 1).startsWith("%OSPF-5-ADJCHG: Process 1, Nbr 10.0.0.2 on "
                + "GigabitEthernet0/0 from "), String.join("\n", log));
        assertTrue(log.contains("OSPF-1 ADJ   Gi0/0: Nbr 10.0.0.2: Prepare dbase exchange"), String.join("\n", log));
        assertTrue(log.contains("RT: add 10.0.0.2/32 via 10.0.12.2, ospf metric [110/2]"), String.join("\n", log));
        assertTrue(log.contains("RT: add 10.0.12.0/24 via 0.0.0.0, connected metric [0/0]"), String.join("\n", log));
        assertEquals(LogLevel.DEBUGGING.ordinal(), LogLevel.severityOf("RT: add 10.0.0.2/32"));
        assertFalse(log(r2).stream().anyMatch(line -> line.startsWith("RT:") || line.startsWith("OSPF-1 ADJ")),
                "r2 debugs nothing");

        assertEquals("IP routing debugging is off\n", session.execute("no debug ip routing"));
        assertEquals("OSPF:\n  OSPF adjacency debugging is on\n", session.execute("show debugging"));
        assertEquals("IP routing debugging is on\n", session.execute("debug ip routing"));
        // Shutting r2's port takes the line protocol down on both sides: the route leaves r1's RIB.
        CliSession r2Session = new CliSession(r2, "admin", 15, "test");
        r2Session.execute("configure terminal");
        r2Session.execute("interface GigabitEthernet0/0");
        r2Session.execute("shutdown");
        kernel.runUntil(kernel.now() + MINUTE);
        log = log(r1);
        assertTrue(log.contains("RT: del 10.0.0.2/32 via 10.0.12.2, ospf metric [110/2]"), String.join("\n", log));
        assertTrue(log.contains("RT: delete subnet route to 10.0.0.2/32"), String.join("\n", log));

        assertEquals("All possible debugging has been turned off\n", session.execute("undebug all"));
        assertEquals("", session.execute("show debugging"));
        session.execute("debug ip routing");
        assertEquals("All possible debugging has been turned off\n", session.execute("no debug all"));
        int before = log(r1).size();
        r2Session.execute("no shutdown");
        kernel.runUntil(kernel.now() + 2 * MINUTE);
        assertFalse(log(r1).subList(before, log(r1).size()).stream()
                .anyMatch(line -> line.startsWith("RT:") || line.startsWith("OSPF-1 ADJ")), String.join("\n", log(r1)));
    }

    @Test
    void ospfEventsShowHellosTheirMismatchAndTheInterfaceGoingDown() {
        List<String> log = new java.util.ArrayList<>(); // every line, the buffer keeps only the last 8 KB
        r1.log().addListener(message -> log.add(message.text()));
        CliSession session = new CliSession(r1, "admin", 15, "test");
        assertEquals("OSPF events debugging is on\n", session.execute("debug ip ospf events"));
        assertEquals(List.of(), ConfigLoader.apply(r1, config(1)));
        assertEquals(List.of(), ConfigLoader.apply(r2, config(2) + "interface GigabitEthernet0/0\n ip ospf hello-interval 1\n"));
        kernel.runUntil(kernel.now() + MINUTE);

        assertTrue(log.contains("OSPF-1 ADJ   Gi0/0: Interface going Up"), String.join("\n", log));
        assertTrue(log.contains("OSPF-1 HELLO Gi0/0: Send hello to 224.0.0.5 area 0 from 10.0.12.1"), String.join("\n", log));
        int received = log.indexOf("OSPF-1 HELLO Gi0/0: Rcv hello from 10.0.0.2 area 0 10.0.12.2");
        assertTrue(received >= 0, String.join("\n", log));
        assertEquals(List.of("OSPF-1 HELLO Gi0/0: Mismatched hello parameters from 10.0.12.2",
                "OSPF-1 HELLO Gi0/0: Dead R 4 C 40, Hello R 1 C 10 Mask R 255.255.255.0 C 255.255.255.0"),
                log.subList(received + 1, received + 3));
        assertFalse(log.stream().anyMatch(line -> line.startsWith("OSPF-1 ADJ   Gi0/0: 2 Way")), "no adjacency forms");

        assertEquals("OSPF events debugging is off\n", session.execute("no debug ip ospf events"));
        assertEquals("OSPF hello debugging is on\n", session.execute("debug ip ospf hello"));
        assertEquals("OSPF:\n  OSPF hello debugging is on\n", session.execute("show debugging"));
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        int before = log.size();
        session.execute("shutdown");
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        assertFalse(log.subList(before, log.size()).contains("OSPF-1 ADJ   Gi0/0: Interface going Down"),
                "hello debugging shows hellos only");
        session.execute("end");
        session.execute("debug ip ospf events");
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        session.execute("no shutdown");
        before = log.size();
        session.execute("shutdown");
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        assertTrue(log.subList(before, log.size()).contains("OSPF-1 ADJ   Gi0/0: Interface going Down"),
                String.join("\n", log));
        session.execute("end");
        assertEquals("All possible debugging has been turned off\n", session.execute("undebug all"));
    }

    @Test
    void aStubFlagMismatchIsNamed() {
        List<String> log = new java.util.ArrayList<>();
        r1.log().addListener(message -> log.add(message.text()));
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("debug ip ospf hello");
        String area1 = "router ospf 1\n no network 10.0.0.0 0.255.255.255 area 0\n network 10.0.0.0 0.255.255.255 area 1\n";
        assertEquals(List.of(), ConfigLoader.apply(r1, config(1) + area1 + " area 1 stub\n"));
        assertEquals(List.of(), ConfigLoader.apply(r2, config(2) + area1));
        kernel.runUntil(kernel.now() + MINUTE);
        assertTrue(log.contains("OSPF-1 HELLO Gi0/0: Hello from 10.0.12.2 with mismatched Stub/Transit area option bit"),
                String.join("\n", log));
    }
}
