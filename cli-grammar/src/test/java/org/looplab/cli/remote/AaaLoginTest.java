package org.looplab.cli.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.aaa.ExecAccounting;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * aaa new-model on the far router of an in-band telnet: method lists tried in order, the next one only
 * when a method errors, login authentication LIST on the vty, authorization exec for the privilege,
 * accounting records. The host-side SSH path runs the same LoginAuthentication (AaaHostLoginTest).
 */
class AaaLoginTest {
    private Kernel kernel;
    private Router three;
    private CliSession r1;

    @BeforeEach
    void lab() {
        kernel = new Kernel(5);
        Lab lab = new Lab("aaa", kernel);
        Router one = lab.addRouter("r1");
        three = lab.addRouter("r3");
        lab.connect(one, InterfaceName.gigabitEthernet(0), three, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(one, """
                hostname R1
                interface GigabitEthernet0/0
                 ip address 10.0.13.1 255.255.255.0
                 no shutdown
                """));
        assertEquals(List.of(), ConfigLoader.apply(three, """
                hostname R3
                enable secret en4ble
                username admin privilege 15 secret s3cret
                username op secret 0p
                interface GigabitEthernet0/0
                 ip address 10.0.13.3 255.255.255.0
                 no shutdown
                line vty 0 4
                 password l1ne
                 login local
                 transport input telnet ssh
                 exec-timeout 0 0
                """)); // the kernel runs dry between lines: IOS's 10-minute exec-timeout would end idle sessions
        r1 = new CliSession(one, "admin", 15, "console");
    }

    private String run(String line) {
        CompletableFuture<String> out = kernel.call(() -> r1.submit(line));
        kernel.runUntilIdle();
        assertTrue(out.isDone(), "'" + line + "' still waits after the kernel ran dry");
        return out.join();
    }

    private void configure(String text) {
        assertEquals(List.of(), ConfigLoader.apply(three, text));
    }

    private String telnetAs(String user, String password) {
        run("telnet 10.0.13.3");
        assertEquals("Username: ", r1.prompt());
        run(user);
        return run(password);
    }

    @Test
    void withoutAuthorizationExecTheUsernamesPrivilegeIsNotGivenAsOnIos() {
        configure("aaa new-model\naaa authentication login default local\n");
        telnetAs("admin", "s3cret");
        assertEquals("R3>", r1.prompt(), "aaa new-model without aaa authorization exec: the line's level, 1");
        run("exit");
        configure("aaa authorization exec default local\n");
        telnetAs("admin", "s3cret");
        assertEquals("R3#", r1.prompt());
    }

    @Test
    void aLocalUserWithAWrongPasswordFailsAndTheNextMethodIsNotTried() {
        configure("aaa new-model\naaa authentication login default local enable\naaa authorization exec default local\n");
        assertEquals("% Login invalid\n\n", telnetAs("admin", "en4ble"), "admin exists: local fails, enable is not asked");
        assertEquals("Username: ", r1.prompt());
        run("nobody");
        assertEquals("", run("en4ble"), "an unknown user is an error of local: enable decides");
        assertEquals("R3>", r1.prompt());
    }

    @Test
    void aServerGroupThatDoesNotAnswerFallsBackToLocal() {
        configure("aaa new-model\naaa authentication login default group radius local\naaa authorization exec default local\n");
        telnetAs("op", "0p");
        assertEquals("R3>", r1.prompt(), "op has privilege 1");
    }

    @Test
    void aNamedListOnTheLineAsksOnlyForTheLinePassword() {
        configure("aaa new-model\naaa authentication login VTY line\nline vty 0 4\n login authentication VTY\n");
        assertEquals("Trying 10.0.13.3 ... Open\n\n\nUser Access Verification\n\n", run("telnet 10.0.13.3"));
        assertEquals("Password: ", r1.prompt());
        assertEquals("", run("s3cret"), "the line password only");
        assertEquals("Password: ", r1.prompt());
        run("wrong");
        assertTrue(run("again").startsWith("% Bad passwords\n"), "three wrong passwords close the connection");
        assertEquals("R1#", r1.prompt());
        run("telnet 10.0.13.3");
        run("l1ne");
        assertEquals("R3>", r1.prompt());
    }

    @Test
    void noneLetsInWithoutAQuestionAndAnUndefinedListLetsNobodyIn() {
        configure("aaa new-model\naaa authentication login OPEN none\nline vty 0 4\n login authentication OPEN\n");
        assertEquals("Trying 10.0.13.3 ... Open\n", run("telnet 10.0.13.3"));
        assertEquals("R3>", r1.prompt());
        run("exit");
        configure("line vty 0 4\n login authentication MISSING\n");
        run("telnet 10.0.13.3");
        run("admin");
        assertEquals("% Login invalid\n\n", run("s3cret"));
    }

    @Test
    void accountingRecordsStartAndStopOfTheExec() {
        configure("aaa new-model\naaa authentication login default local\naaa accounting exec default start-stop group RAD\n");
        telnetAs("admin", "s3cret");
        kernel.runUntil(kernel.now() + 30_000_000_000L);
        run("exit");
        List<ExecAccounting.Record> records = kernel.call(() -> ExecAccounting.of(three).records());
        assertEquals(2, records.size(), records.toString());
        assertEquals(ExecAccounting.Type.START, records.get(0).type());
        assertEquals("admin", records.get(0).user());
        assertEquals("10.0.13.1", records.get(0).source());
        assertEquals(ExecAccounting.Type.STOP, records.get(1).type());
        assertEquals(30, records.get(1).elapsedSeconds());
    }

    @Test
    void runningConfigWritesTheListsAndReadsThemBack() {
        configure("""
                aaa new-model
                aaa authentication login default group radius local
                aaa authentication login CONSOLE none
                aaa authorization exec default local
                aaa accounting exec default start-stop group RAD
                aaa session-id common
                """);
        String config = kernel.call(() -> org.looplab.cli.config.RunningConfigWriter.render(three));
        assertTrue(config.contains("""
                aaa new-model
                !
                aaa authentication login default group radius local
                aaa authentication login CONSOLE none
                aaa authorization exec default local
                aaa accounting exec default start-stop group RAD
                !
                aaa session-id common
                """), config);
        assertFalse(kernel.call(() -> new CliSession(three, "x", 15, "t").execute("show looplab unmodelled"))
                .contains("aaa new-model"));
        configure("no aaa new-model\n");
        config = kernel.call(() -> org.looplab.cli.config.RunningConfigWriter.render(three));
        assertTrue(config.contains("no aaa new-model\n") && !config.contains("aaa authentication"), config);
    }
}
