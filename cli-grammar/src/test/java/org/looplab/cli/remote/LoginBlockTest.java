package org.looplab.cli.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.log.LogMessage;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * login block-for on the virtual clock: failures within the window turn quiet mode on (connections are
 * refused unless login quiet-mode access-class permits the source), and it turns off after the block
 * period. service password-encryption writes username and line passwords as type 7.
 */
class LoginBlockTest {
    private Kernel kernel;
    private Router three;
    private CliSession r1;

    @BeforeEach
    void lab() {
        kernel = new Kernel(7);
        Lab lab = new Lab("block", kernel);
        Router one = lab.addRouter("r1");
        three = lab.addRouter("r3");
        lab.connect(one, InterfaceName.gigabitEthernet(0), three, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(one, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.13.1 255.255.255.0
                 no shutdown
                """));
        assertEquals(List.of(), ConfigLoader.apply(three, """
                hostname R3
                username admin privilege 15 password 0 s3cret
                login block-for 120 attempts 3 within 60
                interface GigabitEthernet0/0
                 ip address 10.0.13.3 255.255.255.0
                 no shutdown
                ip route 10.0.0.1 255.255.255.255 10.0.13.1
                line vty 0 4
                 password l1ne
                 login local
                 transport input telnet
                """));
        r1 = new CliSession(one, "admin", 15, "console");
    }

    private String run(String line) {
        CompletableFuture<String> out = kernel.call(() -> r1.submit(line));
        kernel.runUntil(kernel.now() + 5_000_000_000L); // not until idle: that would jump over the quiet period
        assertTrue(out.isDone(), line);
        return out.join();
    }

    private List<String> log(String head) {
        return kernel.call(() -> three.log().messages().stream().map(LogMessage::text).filter(t -> t.startsWith(head)).toList());
    }

    @Test
    void threeFailuresWithinTheWindowRefuseConnectionsUntilTheBlockPeriodEnds() {
        run("telnet 10.0.13.3");
        for (int i = 0; i < 3; i++) {
            run("admin");
            run("guess" + i);
        }
        assertEquals("R1#", r1.prompt());
        List<String> on = log("%SEC_LOGIN-1-QUIET_MODE_ON"); // 5 s per typed line: the first failure was 20 s ago
        assertEquals(1, on.size());
        assertTrue(on.get(0).matches("%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is 40 secs, "
                + "\\[user: admin\\] \\[Source: 10\\.0\\.13\\.1\\] \\[localport: 23\\] \\[Reason: Login Authentication "
                + "Failed\\] \\[ACL: sl_def_acl\\] at \\d\\d:\\d\\d:\\d\\d UTC .*"), on.get(0));
        assertEquals("Trying 10.0.13.3 ... \n% Connection refused by remote host\n", run("telnet 10.0.13.3"));
        kernel.runUntil(kernel.now() + 100_000_000_000L); // quiet since 10 s: 110 s in
        String late = run("telnet 10.0.13.3");
        assertTrue(late.contains("refused"), "still quiet before 120 s: " + late);
        kernel.runUntil(kernel.now() + 10_000_000_000L); // 125 s in
        assertEquals(1, log("%SEC_LOGIN-5-QUIET_MODE_OFF: Quiet Mode is OFF, because block period timed out at ").size());
        assertTrue(run("telnet 10.0.13.3").contains("Open"));
        run("admin");
        run("s3cret");
        assertEquals("R3#", r1.prompt());
        assertFalse(log("%SEC_LOGIN").stream().anyMatch(line -> line.contains("guess") || line.contains("s3cret")));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotCount() {
        ConfigLoader.apply(three, "access-list 7 permit host 10.0.0.1\nlogin quiet-mode access-class 7\n");
        run("telnet 10.0.13.3");
        for (int i = 0; i < 3; i++) {
            run("admin");
            run("guess");
            kernel.runUntil(kernel.now() + 40_000_000_000L);
        }
        assertEquals(List.of(), log("%SEC_LOGIN-1-QUIET_MODE_ON"), "40 s apart: never three within 60 s");
    }

    @Test
    void quietModeAccessClassPermitsItsSource() {
        ConfigLoader.apply(three, "access-list 7 permit host 10.0.0.1\nlogin quiet-mode access-class 7\n");
        run("telnet 10.0.13.3");
        for (int i = 0; i < 3; i++) {
            run("admin");
            run("guess" + i);
        }
        assertTrue(log("%SEC_LOGIN-1-QUIET_MODE_ON").get(0).contains("[ACL: 7]"));
        assertTrue(run("telnet 10.0.13.3").contains("refused"));
        assertTrue(run("telnet 10.0.13.3 /source-interface Loopback0").contains("Open"), "ACL 7 permits the loopback");
    }

    @Test
    void passwordEncryptionHidesUsernameAndLinePasswords() {
        ConfigLoader.apply(three, "service password-encryption\n");
        String config = kernel.call(() -> RunningConfigWriter.render(three));
        assertFalse(config.contains("s3cret") || config.contains("l1ne"), config);
        assertTrue(config.contains("username admin privilege 15 password 7 "), config);
        assertTrue(config.contains("login block-for 120 attempts 3 within 60\n"), config);
        String reloaded = kernel.call(() -> {
            Router copy = three.lab().addRouter("copy");
            ConfigLoader.apply(copy, config);
            return RunningConfigWriter.render(copy);
        });
        assertEquals(config.replace("hostname R3", "hostname R3"), reloaded.replace("interface GigabitEthernet0/0\n ip address 10.0.13.3 255.255.255.0\n!", "interface GigabitEthernet0/0\n ip address 10.0.13.3 255.255.255.0\n!"));
    }
}
