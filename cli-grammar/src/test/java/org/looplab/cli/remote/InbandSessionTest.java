package org.looplab.cli.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.StaticLineLab;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.log.LogMessage;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * telnet and ssh from a router's EXEC to another router, carried by the simulated TCP through r2: the
 * login, the remote CLI, exit, and IOS's errors from how the connection ends.
 */
class InbandSessionTest {
    private Kernel kernel;
    private Router one;
    private Router two;
    private Router three;
    private CliSession r1;
    private static final long SECOND = 1_000_000_000L;

    /** {@link StaticLineLab}: r1 --- r2 --- r3, static routes; r3 takes telnet and ssh logins. */
    @BeforeEach
    void line() {
        StaticLineLab line = new StaticLineLab("inband", 11);
        kernel = line.kernel;
        one = line.one;
        two = line.two;
        three = line.three;
        assertEquals(List.of(), ConfigLoader.apply(three, """
                hostname R3
                username admin privilege 15 secret s3cret
                login on-success log
                login on-failure log
                line vty 0 4
                 login local
                 transport input telnet ssh
                 exec-timeout 0 0
                """)); // the kernel runs dry between lines: IOS's 10-minute exec-timeout would end idle sessions
        r1 = new CliSession(one, "admin", 15, "console");
    }

    private String run(CliSession session, String line) {
        CompletableFuture<String> out = kernel.call(() -> session.submit(line));
        kernel.runUntilIdle();
        assertTrue(out.isDone(), "'" + line + "' still waits after the kernel ran dry");
        return out.join();
    }

    /** Runs a line and the clock for {@code nanos} only: the kernel never runs dry while an SSH login waits (ip ssh time-out). */
    private String runFor(CliSession session, String line, long nanos) {
        CompletableFuture<String> out = kernel.call(() -> session.submit(line));
        kernel.runUntil(kernel.now() + nanos);
        assertTrue(out.isDone(), "'" + line + "' still waits");
        return out.join();
    }

    private void logIn(CliSession session, String target) {
        assertEquals("Trying " + target + " ... Open\n\n\nUser Access Verification\n\n", run(session, "telnet " + target));
        assertEquals("Username: ", session.prompt());
        assertEquals("", run(session, "admin"));
        assertEquals("Password: ", session.prompt());
        assertTrue(session.isSecretPrompt());
        assertEquals("", run(session, "s3cret"));
        assertEquals("R3#", session.prompt());
    }

    @Test
    void telnetLogsInRunsTheFarRoutersCliAndExitComesBack() {
        logIn(r1, "10.0.0.3");
        String users = run(r1, "show users");
        assertTrue(users.contains("*  2 vty 0     admin      idle                 00:00:00   10.0.12.1\n"), users);
        assertTrue(run(r1, "show running-config").contains("hostname R3\n"));
        assertEquals("R3(config)#", prompt(r1, "configure terminal"));
        run(r1, "end");
        assertTrue(three.log().messages().stream().map(LogMessage::text).anyMatch(text -> text.startsWith(
                "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: admin] [Source: 10.0.12.1] [localport: 23] at ")));
        assertTrue(three.log().messages().stream().map(LogMessage::text).anyMatch(text -> text.equals(
                "%SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.0.12.1)")));
        assertTrue(run(r1, "ping 10.0.0.1").contains("!!!!!"), "a ping on the far router waits on the virtual clock");
        assertEquals("\n[Connection to 10.0.0.3 closed by foreign host]\n", run(r1, "exit"));
        assertEquals("R1#", r1.prompt());
        assertEquals(List.of(), three.vtySessions().list(), "the vty line is free again");
        assertTrue(run(r1, "show running-config").contains("hostname R1\n"));
    }

    private long logged(String head) {
        return three.log().messages().stream().filter(m -> m.text().startsWith(head)).count();
    }

    /** One telnet login to r3 with {@code password}, then back to r1. */
    private void telnetLogin(String password) {
        run(r1, "telnet 10.0.0.3");
        run(r1, "admin");
        run(r1, password);
        if (r1.prompt().equals("R3#")) {
            run(r1, "exit");
        } else {
            run(r1, "\u0004".repeat(0) + "admin");
            run(r1, "x");
            run(r1, "admin");
            run(r1, "x");
        }
        assertEquals("R1#", r1.prompt());
    }

    @Test
    void loginsAreLoggedAsTheLoginLinesAskAsIos() {
        assertEquals(List.of(), ConfigLoader.apply(three, "no login on-success log\nno login on-failure log\n"));
        telnetLogin("s3cret");
        telnetLogin("wrong");
        assertEquals(0, logged("%SEC_LOGIN"), "IOS logs no login without the login lines");
        assertEquals(List.of(), ConfigLoader.apply(three, "login block-for 60 attempts 10 within 60\n"));
        telnetLogin("wrong");
        assertEquals(3, logged("%SEC_LOGIN-4-LOGIN_FAILED"), "login block-for watches failures and logs them");
        assertEquals(0, logged("%SEC_LOGIN-5-LOGIN_SUCCESS"));
        assertEquals(List.of(), ConfigLoader.apply(three, "no login block-for\nlogin on-success log every 2\n"));
        telnetLogin("s3cret");
        assertEquals(0, logged("%SEC_LOGIN-5-LOGIN_SUCCESS"), "every 2: the first is not logged");
        telnetLogin("s3cret");
        assertEquals(1, logged("%SEC_LOGIN-5-LOGIN_SUCCESS"));
        assertTrue(org.looplab.cli.config.RunningConfigWriter.render(three).contains("login on-success log every 2\n"));
    }

    private String prompt(CliSession session, String line) {
        run(session, line);
        return session.prompt();
    }

    @Test
    void aWrongPasswordIsRefusedThreeTimesThenTheConnectionCloses() {
        run(r1, "telnet 10.0.0.3");
        for (int attempt = 1; attempt <= 2; attempt++) {
            run(r1, "admin");
            assertEquals("% Login invalid\n\n", run(r1, "guess" + attempt));
            assertEquals("Username: ", r1.prompt());
        }
        run(r1, "admin");
        assertEquals("% Login invalid\n\n\n[Connection to 10.0.0.3 closed by foreign host]\n", run(r1, "guess3"));
        assertEquals("R1#", r1.prompt());
        assertEquals(3, three.log().messages().stream().filter(m -> m.text().startsWith("%SEC_LOGIN-4-LOGIN_FAILED")).count());
        assertFalse(three.log().messages().stream().anyMatch(m -> m.text().contains("guess")), "no password in a log");
    }

    @Test
    void accessClassRefusesAnotherSourceAndPermitsTheLoopback() {
        ConfigLoader.apply(three, "access-list 5 permit host 10.0.0.1\nline vty 0 4\n access-class 5 in\n");
        assertEquals("Trying 10.0.0.3 ... \n% Connection refused by remote host\n", run(r1, "telnet 10.0.0.3"));
        assertEquals("R1#", r1.prompt());
        assertTrue(run(r1, "telnet 10.0.0.3 /source-interface Loopback0").startsWith("Trying 10.0.0.3 ... Open\n"));
        assertEquals("Username: ", r1.prompt());
        String acl = three.kernel().call(() -> new CliSession(three, "x", 15, "t").execute("show access-lists 5"));
        assertEquals("Standard IP access list 5\n    10 permit 10.0.0.1 (1 match)\n", acl);
    }

    @Test
    void aLineWithNoExecClosesTheConnectionOnceItIsAllocatedAndExecRestoresIt() {
        ConfigLoader.apply(three, "line vty 0 4\n no exec\n");
        assertEquals("Trying 10.0.0.3 ... Open\n\n[Connection to 10.0.0.3 closed by foreign host]\n",
                run(r1, "telnet 10.0.0.3"));
        assertEquals("R1#", r1.prompt());
        assertEquals(List.of(), three.kernel().call(() -> three.vtySessions().list()), "the line is free again");
        ConfigLoader.apply(three, "line vty 0 4\n exec\n");
        logIn(r1, "10.0.0.3");
    }

    @Test
    void refusedTimedOutAndUnreachableAsIosWordsThem() {
        ConfigLoader.apply(three, "line vty 0 4\n transport input ssh\n");
        assertEquals("Trying 10.0.0.3 ... \n% Connection refused by remote host\n", run(r1, "telnet 10.0.0.3"));
        assertEquals("Trying 10.0.0.3, 2001 ... \n% Connection refused by remote host\n", run(r1, "telnet 10.0.0.3 2001"));
        CliSession r2 = new CliSession(two, "admin", 15, "console");
        assertEquals("Trying 192.0.2.1 ... \n% Destination unreachable; gateway or host down\n", run(r2, "telnet 192.0.2.1"));
        ConfigLoader.apply(two, "access-list 101 deny tcp any any eq 23\naccess-list 101 permit ip any any\n"
                + "interface GigabitEthernet0/0\n ip access-group 101 in\n");
        long before = kernel.now();
        assertEquals("Trying 10.0.0.3 ... \n% Connection timed out; remote host not responding\n", run(r1, "telnet 10.0.0.3"));
        assertEquals(30_000_000_000L, kernel.now() - before, "IOS's 30 s SYN wait, on the virtual clock");
    }

    @Test
    void sshNeedsAKeyThenLogsInAsTheNamedUser() {
        assertEquals("% Connection refused by remote host\n", run(r1, "ssh -l admin 10.0.0.3"));
        CliSession console = new CliSession(three, "admin", 15, "console");
        console.execute("configure terminal");
        assertEquals("% Please define a domain-name first.\n", console.execute("crypto key generate rsa modulus 2048"));
        console.execute("ip domain-name lab.local");
        assertEquals("The name for the keys will be: R3.lab.local\n\n% The key modulus size is 2048 bits\n"
                + "% Generating 2048 bit RSA keys, keys will be non-exportable...\n[OK] (elapsed time was 1 seconds)\n\n",
                console.execute("crypto key generate rsa modulus 2048"));
        console.execute("ip ssh version 2");
        console.execute("end");
        assertTrue(three.log().messages().stream().anyMatch(m -> m.text().equals("%SSH-5-ENABLED: SSH 1.99 has been enabled")));
        assertTrue(console.execute("show running-config").contains("ip domain name lab.local\n!\n"));
        assertEquals("", runFor(r1, "ssh -l admin -v 2 10.0.0.3", SECOND));
        assertEquals("Password: ", r1.prompt());
        assertEquals("", run(r1, "s3cret"));
        assertEquals("R3#", r1.prompt());
        assertTrue(three.log().messages().stream().anyMatch(m -> m.text().contains("[localport: 22]")));
        run(r1, "exit");
        assertEquals("R1#", r1.prompt());
    }

    @Test
    void anSshLoginNotDoneWithinIpSshTimeOutIsHungUp() {
        ConfigLoader.apply(three, "ip domain-name lab.local\ncrypto key generate rsa\nip ssh time-out 30\n");
        assertEquals("", runFor(r1, "ssh -l admin 10.0.0.3", SECOND));
        assertEquals("Password: ", r1.prompt());
        kernel.runUntil(kernel.now() + 28 * SECOND);
        assertEquals(1, three.vtySessions().list().size(), "29 s after connecting: still waiting for the password");
        kernel.runUntil(kernel.now() + 2 * SECOND);
        assertEquals(List.of(), three.vtySessions().list(), "30 s: R3 hung up");
        String after = run(r1, "s3cret");
        assertEquals("R1#", r1.prompt(), after);
        assertFalse(three.log().messages().stream().anyMatch(m -> m.text().contains("LOGIN_SUCCESS")));
    }

    @Test
    void theSixthSessionOnAFiveLineVtyIsRefused() {
        List<CliSession> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CliSession session = new CliSession(one, "admin", 15, "console");
            assertTrue(run(session, "telnet 10.0.0.3").endsWith("Open\n\n\nUser Access Verification\n\n"));
            sessions.add(session);
        }
        assertEquals(5, three.vtySessions().list().size());
        assertEquals("Trying 10.0.0.3 ... \n% Connection refused by remote host\n", run(r1, "telnet 10.0.0.3"));
        ConfigLoader.apply(three, "line vty 5 15\n login local\n transport input telnet\n exec-timeout 0 0\n");
        logIn(r1, "10.0.0.3");
        assertTrue(run(r1, "show users").contains("*  7 vty 5     admin"));
    }

    @Test
    void anIdleInbandSessionEndsWhenTheFarLinesExecTimeoutRunsOut() {
        ConfigLoader.apply(three, "line vty 0 4\n exec-timeout 1 0\n");
        CompletableFuture<String> login = kernel.call(() -> r1.submit("telnet 10.0.0.3"));
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        assertTrue(login.isDone());
        kernel.call(() -> r1.submit("admin"));
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        kernel.call(() -> r1.submit("s3cret"));
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        assertEquals("R3#", r1.prompt());
        kernel.runUntil(kernel.now() + 59_000_000_000L);
        assertEquals(1, three.vtySessions().list().size(), "59 s idle: still there");
        kernel.runUntil(kernel.now() + 2_000_000_000L);
        assertEquals(List.of(), three.vtySessions().list(), "a minute idle: R3 ended the session");
        String next = run(r1, "show clock");
        assertTrue(next.startsWith("\n[Connection to 10.0.0.3 closed by foreign host]\n*00:01:0"), next);
        assertEquals("R1#", r1.prompt());
    }
}
