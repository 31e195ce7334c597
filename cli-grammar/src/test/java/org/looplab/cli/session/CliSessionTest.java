package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.config.Secret;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.store.ConfigStore;

class CliSessionTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String INVALID = "% Invalid input detected at '^' marker.\n\n";

    private Kernel kernel;
    private Lab lab;
    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        kernel = new Kernel(1);
        lab = new Lab("t", kernel);
        router = lab.addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
    }

    private String type(String line) {
        return session.execute(line);
    }

    private void configure() {
        type("configure terminal");
    }

    private Interface loopback(int number) {
        return router.interfaceNamed(InterfaceName.loopback(number));
    }

    @Test
    void promptsOfEachMode() {
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        assertEquals("R1>", user.prompt());
        assertEquals("R1#", session.prompt());
        assertEquals("Enter configuration commands, one per line.  End with CNTL/Z.\n", type("conf t"));
        assertEquals("R1(config)#", session.prompt());
        assertEquals("", type("int lo0"));
        assertEquals("R1(config-if)#", session.prompt());
        assertEquals("", type("exit"));
        assertEquals("R1(config)#", session.prompt());
        type("hostname Edge");
        assertEquals("Edge(config)#", session.prompt());
        assertEquals("Edge", router.hostname());
        type("end");
        assertEquals("Edge#", session.prompt());
    }

    @Test
    void blankLineDoesNothing() {
        assertEquals("", type(""));
        assertEquals("", type("   "));
        assertEquals("R1#", session.prompt());
    }

    @Test
    void aLineStartingWithBangIsAComment() {
        assertEquals("", type("! a note"));
        configure();
        assertEquals("", type("  !"));
        assertEquals("R1(config)#", session.prompt());
    }

    @Test
    void abbreviationsResolveAgainstTheGrammar() {
        assertTrue(type("sh ip int br").startsWith("Interface "));
        type("conf t");
        type("int lo0");
        assertNotNull(loopback(0));
        type("sh");
        assertTrue(loopback(0).isShutdown());
        type("no sh");
        assertFalse(loopback(0).isShutdown());
        type("int gi0/1");
        assertEquals("R1(config-if)#", session.prompt());
        type("no shut");
        assertFalse(router.interfaceNamed(InterfaceName.gigabitEthernet(1)).isShutdown());
        type("int g 0/2");
        type("no shutdown");
        assertFalse(router.interfaceNamed(InterfaceName.gigabitEthernet(2)).isShutdown());
        type("interface Loopback 7");
        assertNotNull(loopback(7));
        type("INT LO8");
        assertNotNull(loopback(8));
    }

    @Test
    void keywordsAreCaseInsensitiveAndExactMatchWins() {
        type("CONF T");
        assertEquals("R1(config)#", session.prompt());
        // "interface" is a prefix of "interfaces" in EXEC, but here only "interface" exists; in EXEC
        // "show interface" exactly would be ambiguous with nothing: show has "interfaces" only.
        type("end");
        assertTrue(type("show interfaces").startsWith("GigabitEthernet0/0 is"));
    }

    @Test
    void ambiguousCommand() {
        assertEquals("% Ambiguous command:  \"sh i\"\n", type("sh i"));
        assertEquals("% Ambiguous command:  \"c\"\n", type("c"));
        configure();
        assertEquals("% Ambiguous command:  \"e\"\n", type("e"));
        // Ambiguous in a submode is ambiguous: config-line's exec, exec-timeout and exit, not config's exit.
        type("line vty 0 4");
        assertEquals("% Ambiguous command:  \"ex\"\n", type("ex"));
        assertEquals("R1(config-line)#", session.prompt());
        assertEquals("", type("exi"));
        assertEquals("R1(config)#", session.prompt());
    }

    @Test
    void incompleteCommand() {
        assertEquals("% Incomplete command.\n\n", type("show"));
        assertEquals("% Incomplete command.\n\n", type("sh ip"));
        configure();
        assertEquals("% Incomplete command.\n\n", type("hostname"));
        type("int lo1");
        assertEquals("% Incomplete command.\n\n", type("ip address 10.0.0.1"));
    }

    @Test
    void invalidInputCaretUnderTheFirstCharacterThatDoesNotFit() {
        // R1#show ip interfaxe brief: 'x' is column 15 of the line, 18 with the prompt.
        assertEquals(" ".repeat(18) + "^\n" + INVALID, type("show ip interfaxe brief"));
        // "b" still starts "bgp": the caret goes under the "o".
        assertEquals(" ".repeat(3 + 6) + "^\n" + INVALID, type("show bogus"));
        assertEquals(" ".repeat(3 + 13) + "^\n" + INVALID, type("show version extra"));
    }

    @Test
    void badArgumentValueCaretAtTheStartOfTheWord() {
        configure();
        String out = type("username bob privilege 16 secret x");
        assertEquals(" ".repeat("R1(config)#".length() + "username bob privilege ".length()) + "^\n" + INVALID, out);
        assertNull(router.user("bob"));
        out = type("interface gi0/9");
        assertEquals(" ".repeat("R1(config)#".length() + "interface gi".length()) + "^\n" + INVALID, out);
        assertEquals("R1(config)#", session.prompt());
        type("end");
        out = type("terminal length 513");
        assertEquals(" ".repeat(3 + "terminal length ".length()) + "^\n" + INVALID, out);
        assertEquals(24, session.terminalLength());
    }

    @Test
    void unknownSingleWordInExec() {
        String unknown = "% Unknown command or computer name, or unable to find computer address\n";
        CompletableFuture<String> lookup = session.submit("foo"); // a host name, looked up by DNS by default
        kernel.runUntilIdle();
        assertEquals("Translating \"foo\"...domain server (255.255.255.255)\n" + unknown, lookup.join());
        configure();
        type("no ip domain lookup");
        type("end");
        assertEquals("Translating \"foo\"\n" + unknown, type("foo"));
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        assertEquals("Translating \"bogus\"\n" + unknown, user.execute("bogus"));
        configure();
        // "f" still fits "file" (kept without behaviour, as on IOS): the caret goes under the first 'o'.
        assertEquals(" ".repeat(12) + "^\n" + INVALID, type("foo"));
    }

    @Test
    void userExecCannotRunPrivilegedCommands() {
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        assertEquals(" ".repeat(3 + 5) + "^\n" + INVALID, user.execute("show running-config"));
        // Not a command at privilege 1, so a host name to telnet to, which takes no option "terminal".
        assertEquals(" ".repeat(3 + "configure ".length()) + "^\n" + INVALID, user.execute("configure terminal"));
        assertTrue(user.execute("show version").startsWith("Cisco IOS Software"));
        assertEquals("", user.execute("terminal length 0"));
        assertEquals(0, user.terminalLength());
    }

    @Test
    void enableWithoutSecretGoesStraightToPrivileged() {
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        assertEquals("", user.execute("en"));
        assertEquals("R1#", user.prompt());
        user.execute("disable");
        assertEquals("R1>", user.prompt());
    }

    @Test
    void enableWithSecret() {
        router.setEnableSecret(Secret.fromPlainText("cisco", kernel.random()));
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        user.execute("enable");
        assertEquals("Password: ", user.prompt());
        assertTrue(user.isSecretPrompt());
        assertEquals("", user.execute("wrong"));
        assertEquals("Password: ", user.prompt());
        assertEquals("", user.execute("cisco"));
        assertFalse(user.isSecretPrompt());
        assertEquals("R1#", user.prompt());
    }

    @Test
    void enableWithoutASecretOnAVtyLineIsRefusedAsOnIos() {
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        user.occupyVty();
        assertEquals("% No password set\n", user.execute("enable"));
        assertEquals("R1>", user.prompt());
        user.releaseVty();
        CliSession console = new CliSession(router, "bob", 1, "console");
        assertEquals("", console.execute("enable"));
        assertEquals("R1#", console.prompt());
    }

    @Test
    void threeBadSecrets() {
        router.setEnableSecret(Secret.fromPlainText("cisco", kernel.random()));
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        user.execute("enable");
        assertEquals("", user.execute("a"));
        assertEquals("", user.execute("b"));
        assertEquals("% Bad secrets\n\n", user.execute("c"));
        assertEquals("R1>", user.prompt());
        assertFalse(user.isSecretPrompt());
    }

    @Test
    void exitLogoutQuitCloseTheSession() {
        for (String word : new String[] {"exit", "logout", "quit", "lo"}) {
            CliSession s = new CliSession(router, "bob", 15, "127.0.0.1");
            s.execute(word);
            assertTrue(s.isClosed(), word);
        }
        assertFalse(session.isClosed());
    }

    @Test
    void endExitAndCtrlZLeaveConfigurationAndLogIt() {
        configure();
        type("int lo1");
        type("end");
        assertEquals("R1#", session.prompt());
        assertLogged("%SYS-5-CONFIG_I: Configured from console by admin on vty0 (127.0.0.1)");
        configure();
        type("interface Loopback1");
        assertEquals("", session.ctrlZ());
        assertEquals("R1#", session.prompt());
        configure();
        type("exit");
        assertEquals("R1#", session.prompt());
        configure();
        type("int lo1");
        type("\u001a");
        assertEquals("R1#", session.prompt());
        configure();
        type("hostname R9\u001a");
        assertEquals("R9#", session.prompt());
        long configured = router.log().messages().stream().filter(m -> m.text().contains("CONFIG_I")).count();
        assertEquals(5, configured);
        assertEquals("", session.ctrlZ()); // in EXEC, Ctrl-Z does nothing
        assertEquals("R9#", session.prompt());
    }

    @Test
    void ctrlCAtAQuestionAbandonsTheCommand() {
        type("clear counters");
        assertEquals("Clear \"show interface\" counters on all interfaces [confirm]", session.prompt());
        assertEquals("", session.ctrlZ());
        assertEquals("R1#", session.prompt());
        String saved = router.startupConfigText();
        type("copy running-config startup-config");
        assertEquals("Destination filename [startup-config]? ", session.prompt());
        assertEquals("", session.ctrlZ());
        assertEquals("R1#", session.prompt());
        assertEquals(saved, router.startupConfigText());
    }

    private void assertLogged(String text) {
        assertTrue(router.log().messages().stream().map(LogMessage::text).anyMatch(text::equals),
                () -> "not logged: " + text + " in " + router.log().messages());
    }

    @Test
    void parentModeCommandsFromInterfaceMode() {
        configure();
        type("int lo1");
        type("int lo2");
        assertEquals("R1(config-if)#", session.prompt());
        type("ip address 10.2.2.2 255.255.255.255");
        assertEquals(Ipv4Address.of("10.2.2.2"), loopback(2).address().address());
        assertNull(loopback(1).address());
        type("hostname X");
        assertEquals("X(config)#", session.prompt());
        type("int lo2");
        assertTrue(type("do show version").startsWith("Cisco IOS Software"));
        assertEquals("X(config-if)#", session.prompt());
    }

    @Test
    void interfaceConfigurationAppliesToTheRouter() {
        configure();
        type("interface GigabitEthernet0/0");
        type("description  uplink to  R2 ");
        assertEquals("uplink to  R2", router.interfaceNamed(InterfaceName.gigabitEthernet(0)).description());
        type("ip add 10.0.12.1 255.255.255.0");
        Interface gi0 = router.interfaceNamed(InterfaceName.gigabitEthernet(0));
        assertEquals("10.0.12.1/24", gi0.address().address() + "/" + gi0.address().length());
        type("no ip address");
        assertNull(gi0.address());
        type("no description");
        assertNull(gi0.description());
        type("no shutdown");
        assertFalse(gi0.isShutdown());
        type("shutdown");
        assertTrue(gi0.isShutdown());
        String refused = type("ip address 127.0.0.1 255.0.0.0");
        assertEquals("Not a valid host address - 127.0.0.1\n", refused);
    }

    @Test
    void globalConfigurationAppliesToTheRouter() {
        configure();
        type("username bob privilege 15 secret 0 s3cret");
        assertEquals(15, router.user("bob").privilege());
        assertTrue(router.user("bob").secret().matches("s3cret"));
        type("username amy secret amypass");
        assertEquals(1, router.user("amy").privilege());
        type("username cat secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
        assertEquals("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0", router.user("cat").secret().hash());
        String refused = type("username dan secret 5 notahash");
        assertTrue(refused.startsWith("ERROR: The secret you entered is not a valid encrypted secret."), refused);
        assertNull(router.user("dan"));
        type("no username amy");
        assertNull(router.user("amy"));
        type("enable secret cisco");
        assertTrue(router.enableSecret().matches("cisco"));
        type("no enable secret");
        assertNull(router.enableSecret());
        type("int lo3");
        type("exit");
        type("no interface Loopback3");
        assertNull(loopback(3));
        assertEquals(" ".repeat("R1(config)#no interface ".length()) + "^\n" + INVALID, type("no interface Gi0/0"));
    }

    @Test
    void doRunsExecCommands() {
        configure();
        assertTrue(type("do sh ver").startsWith("Cisco IOS Software"));
        String out = type("do sh ip interfaxe");
        assertEquals(" ".repeat("R1(config)#do sh ip interfa".length()) + "^\n" + INVALID, out);
    }

    @Test
    void terminalSettings() {
        assertEquals(24, session.terminalLength());
        assertEquals(80, session.terminalWidth());
        type("term len 0");
        type("terminal width 132");
        assertEquals(0, session.terminalLength());
        assertEquals(132, session.terminalWidth());
    }

    @Test
    void writeMemoryAndCopySaveTheStartupConfig() throws Exception {
        lab.setConfigStore(ConfigStore.open("jdbc:h2:mem:cli" + DATABASES.incrementAndGet()));
        // The save runs on the store thread: [OK] arrives when the line's future completes.
        assertEquals("Building configuration...\n[OK]\n", typeAndWait("write memory"));
        assertTrue(lab.configStore().loadStartupConfig("t", "R1").isPresent());
        assertEquals("Building configuration...\n[OK]\n", typeAndWait("wr"));
        assertEquals("", type("copy running-config startup-config"));
        assertEquals("Destination filename [startup-config]? ", session.prompt());
        assertFalse(session.isSecretPrompt());
        assertEquals("Building configuration...\n[OK]\n", typeAndWait(""));
        assertEquals("R1#", session.prompt());
        type("copy run start");
        assertEquals("Building configuration...\n[OK]\n", typeAndWait("startup-config"));
        assertTrue(typeAndWait("show startup-config").contains("hostname R1"));
    }

    @Test
    void copyStartupConfigRunningConfigMergesTheSavedLinesBack() throws Exception {
        lab.setConfigStore(ConfigStore.open("jdbc:h2:mem:cli" + DATABASES.incrementAndGet()));
        configure();
        type("interface Loopback7");
        type("description saved");
        type("end");
        typeAndWait("write memory");
        configure();
        type("interface Loopback7");
        type("description changed");
        type("interface Loopback8");
        type("end");
        assertEquals("", type("copy startup-config running-config"));
        assertEquals("Destination filename [running-config]? ", session.prompt());
        assertTrue(typeAndWait("").matches("(?s)\\d+ bytes copied in .*"));
        String running = typeAndWait("show running-config");
        // A merge, as on IOS: the saved description is back, the interface only the running-config had stays.
        assertTrue(running.contains("interface Loopback7\n description saved\n"), running);
        assertTrue(running.contains("interface Loopback8\n"), running);
        assertEquals("R1#", session.prompt());
    }

    @Test
    void aSaveInARealTimeVtySessionCompletesOnTheKernelThread() throws Exception {
        lab.setConfigStore(ConfigStore.open("jdbc:h2:mem:cli" + DATABASES.incrementAndGet()));
        kernel.startRealTime(1.0);
        try {
            CliSession vty = kernel.call(() -> {
                CliSession opened = new CliSession(router, "admin", 15, "172.20.20.1");
                opened.occupyVty();
                opened.setIdleDisconnect(() -> { });
                return opened;
            });
            // The store thread saves; the line's end (idle timer restarted, as after any line) is the kernel's.
            CompletableFuture<Boolean> onKernel = kernel.call(() -> vty.submit("write memory")
                    .thenApply(output -> output.endsWith("[OK]\n") && kernel.inKernelThread()));
            assertTrue(onKernel.get(20, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            kernel.stop();
        }
    }

    @Test
    void aSaveOnAFullDiskPrintsOneIosErrorAndTheNextSaveSucceeds() throws Exception {
        org.looplab.cli.FillingDiskStore disk = new org.looplab.cli.FillingDiskStore("cli" + DATABASES.incrementAndGet());
        lab.setConfigStore(disk.store);
        // The disk fills: H2 closes its connection after the failed write, and reopening fails too.
        disk.fill(true);
        String error = "Building configuration...\n%Error writing nvram:startup-config (No space left on device)\n";
        assertEquals(error, typeAndWait("write memory"));
        String saved = router.startupConfigText();
        type("hostname R2");
        type("copy running-config startup-config");
        assertEquals(error, typeAndWait(""));
        assertEquals("%Error opening nvram:startup-config (No space left on device)\n", typeAndWait("show startup-config"));
        // Space comes back: the store reopens itself, no restart.
        disk.fill(false);
        assertEquals("Building configuration...\n[OK]\n", typeAndWait("write memory"));
        assertTrue(typeAndWait("show startup-config").contains("hostname R1"));
    }

    @Test
    void aUserNameWithAControlCharacterIsRefusedAtThatCharacter() {
        configure();
        for (String control : new String[] {"\u001b", "\u0007", "\u009b"}) {
            String out = type("username ad" + control + "min privilege 15 secret x");
            assertEquals(" ".repeat("R1(config)#username ad".length()) + "^\n" + INVALID, out);
            assertTrue(router.users().stream().noneMatch(user -> user.name().contains(control)));
        }
        assertEquals("", type("username admin2 privilege 15 secret x"));
        assertTrue(router.user("admin2") != null);
    }

    private String typeAndWait(String line) throws Exception {
        return session.submit(line).get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void pingParses() {
        CompletableFuture<String> ping = session.submit("ping 127.0.0.1");
        kernel.runUntilIdle();
        assertTrue(ping.join().startsWith("Type escape sequence to abort."));
        // Not an address, so a name, as on IOS; without name lookup it is not found at once.
        session.execute("configure terminal");
        session.execute("no ip domain lookup");
        session.execute("end");
        assertEquals("% Unrecognized host or address, or protocol not running.\n\n", type("ping 1.1.1.x"));
    }

    @Test
    void deferredCommandCompletesWhenVirtualTimePasses() {
        // No route: each echo waits for its 2 s timeout on the virtual clock.
        CompletableFuture<String> ping = session.submit("ping 192.0.2.1");
        assertFalse(ping.isDone());
        assertThrows(IllegalStateException.class, () -> session.execute("ping 192.0.2.1"));
        kernel.runUntilIdle();
        assertTrue(ping.isDone());
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 192.0.2.1, timeout is 2 seconds:
                .....
                Success rate is 0 percent (0/5)
                """, ping.join());
        assertTrue(session.submit("show version").isDone());
    }

    @Test
    void showInterfacesOfOneInterface() {
        assertTrue(type("sh int gi0/0").startsWith("GigabitEthernet0/0 is administratively down"));
        assertEquals(" ".repeat(3 + "sh int lo".length()) + "^\n" + INVALID, type("sh int lo5"));
    }
}
