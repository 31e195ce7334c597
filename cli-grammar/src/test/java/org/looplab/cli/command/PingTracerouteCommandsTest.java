package org.looplab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** ping and traceroute typed at the CLI, answered on the virtual clock through the data plane. */
class PingTracerouteCommandsTest {
    private static final String INVALID_SOURCE =
            "% Invalid source address- IP address not on any of our up interfaces\n";
    private static final String CARET = "% Invalid input detected at '^' marker.\n\n";
    private Kernel kernel;
    private Lab lab;
    private CliSession r1;

    /** r1 Gi0/0 --- Gi0/0 r2 Gi0/1 --- Gi0/0 r3, loopbacks 10.0.0.N, static routes both ways. */
    @BeforeEach
    void line() {
        kernel = new Kernel(7);
        lab = new Lab("line", kernel);
        Router one = lab.addRouter("r1");
        Router two = lab.addRouter("r2");
        Router three = lab.addRouter("r3");
        lab.connect(one, InterfaceName.gigabitEthernet(0), two, InterfaceName.gigabitEthernet(0));
        lab.connect(two, InterfaceName.gigabitEthernet(1), three, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(one, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                ip route 0.0.0.0 0.0.0.0 10.0.12.2
                """));
        assertEquals(List.of(), ConfigLoader.apply(two, """
                interface Loopback0
                 ip address 10.0.0.2 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                interface GigabitEthernet0/1
                 ip address 10.0.23.2 255.255.255.0
                ip route 10.0.0.1 255.255.255.255 10.0.12.1
                ip route 10.0.0.3 255.255.255.255 10.0.23.3
                """));
        assertEquals(List.of(), ConfigLoader.apply(three, """
                interface Loopback0
                 ip address 10.0.0.3 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.23.3 255.255.255.0
                ip route 10.0.0.0 255.0.0.0 10.0.23.2
                """));
        kernel.runUntilIdle();
        r1 = new CliSession(one, "admin", 15, "test");
    }

    private String run(String line) {
        CompletableFuture<String> output = r1.submit(line);
        kernel.runUntilIdle();
        assertTrue(output.isDone(), line);
        return output.join();
    }

    @Test
    void pingFromALoopbackAcrossTwoHops() {
        long start = kernel.now();
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.0.0.3, timeout is 2 seconds:
                Packet sent with a source address of 10.0.0.1\s
                !!!!!
                Success rate is 100 percent (5/5), round-trip min/avg/max = 2/2/2 ms
                """, run("ping 10.0.0.3 source Loopback0"));
        assertTrue(kernel.now() - start < 1_000_000_000L, "five echoes of 2 ms take milliseconds of virtual time");
        assertTrue(run("p 10.0.0.3 so lo0 rep 100 si 1500 ti 1").contains("Sending 100, 1500-byte ICMP Echos to 10.0.0.3, timeout is 1 seconds:\n"
                + "Packet sent with a source address of 10.0.0.1 \n" + "!".repeat(70) + "\n" + "!".repeat(30) + "\n"));
    }

    @Test
    void pingsThatFail() {
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.0.12.9, timeout is 2 seconds:
                .....
                Success rate is 0 percent (0/5)
                """, run("ping 10.0.12.9"));
        // r2 has no route to 10.9.9.9: unreachables, rate-limited by r2 as IOS rate-limits them.
        String unreachable = run("ping 10.9.9.9");
        assertTrue(unreachable.contains("\nU.U.U\n"), unreachable);
        assertEquals(INVALID_SOURCE, run("ping 10.0.0.3 source 10.0.0.99"));
        assertEquals(INVALID_SOURCE, run("ping 10.0.0.3 source gi0/1"));
        assertEquals(" ".repeat("R1#ping 10.0.0.3 source lo".length()) + "^\n" + CARET, run("ping 10.0.0.3 source lo7"));
        assertEquals(" ".repeat("R1#ping 10.0.0.3 size ".length()) + "^\n" + CARET, run("ping 10.0.0.3 size 20"));
    }

    @Test
    void tracerouteOneLinePerHop() {
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 10.0.0.3
                VRF info: (vrf in name/id, vrf out name/id)
                  1 10.0.12.2 1 msec 1 msec 1 msec
                  2 10.0.23.3 2 msec *  2 msec
                """, run("traceroute 10.0.0.3 source Loopback0"));
    }
}
