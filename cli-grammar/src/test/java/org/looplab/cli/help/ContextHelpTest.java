package org.looplab.cli.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** {@code ?} and Tab, answered from the grammar, in IOS's formats. */
class ContextHelpTest {
    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
    }

    @Test
    void afterASpaceListsNextWordsInColumnsWithCr() {
        assertEquals("""
                  <0-512>  Number of lines on screen (0 for no pausing)

                """, session.help("terminal length "));
        assertEquals("""
                  |  Output modifiers
                  <cr>

                """, session.help("show ip interface brief "));
        String show = session.help("show ");
        assertTrue(show.contains("  interfaces      Interface status and configuration\n"), show);
        assertTrue(show.contains("  running-config  Current operating configuration\n"), show);
    }

    @Test
    void gluedToAPartialWordListsMatchingKeywords() {
        assertEquals("show\n\n", session.help("sh"));
        assertEquals("interface\n\n", session.help("show ip i"));
        assertEquals("configure  copy\n\n", session.help("co"));
        assertEquals("% Unrecognized command\n", session.help("show xyz"));
    }

    @Test
    void aKeywordSpelledOutIsItselfForHelpAndTabBesideTheLongerOnesItStarts() {
        session.execute("configure terminal");
        session.execute("line vty 0 4");
        assertEquals("exec  exec-timeout  exit\n\n", session.help("ex"));
        assertEquals("exec  exec-timeout\n\n", session.help("exec"));
        assertEquals("  <cr>\n\n", session.help("exec "));
        assertEquals("  <cr>\n\n", session.help("no exec "));
        assertEquals("  <0-35791>  Timeout in minutes\n\n", session.help("exec-timeout "));
        assertEquals("exec ", session.complete("exec"));
        assertEquals("no exec ", session.complete("no exec"));
        assertEquals("exe", session.complete("exe"), "ambiguous: the line stays");
        assertEquals("exec-timeout ", session.complete("exec-"));
        assertEquals("% Ambiguous command:  \"ex\"\n", session.help("ex "));
    }

    @Test
    void errorsBeforeTheCursor() {
        assertEquals("% Unrecognized command\n", session.help("xyz "));
        assertEquals(" ".repeat("R1#show f".length()) + "^\n% Invalid input detected at '^' marker.\n\n",
                session.help("show foo "));
        session.execute("configure terminal");
        assertEquals("% Ambiguous command:  \"e\"\n", session.help("e "));
    }

    @Test
    void helpFollowsModeAndPrivilege() {
        session.execute("configure terminal");
        session.execute("interface Loopback0");
        String ifHelp = session.help("");
        // Columns as wide as the longest keyword of the mode (service-policy), as IOS aligns them.
        assertTrue(ifHelp.contains("  ip              Interface Internet Protocol config commands\n"), ifHelp);
        assertTrue(ifHelp.contains("  exit            Exit from interface configuration mode\n"), ifHelp);
        assertTrue(ifHelp.contains("  duplex          Configure duplex operation.\n"), ifHelp);
        assertEquals("  A.B.C.D  IP subnet mask\n\n", session.help("ip address 10.0.0.1 "));
        CliSession user = new CliSession(router, "bob", 1, "127.0.0.1");
        String userHelp = user.help("");
        assertTrue(!userHelp.contains("configure") && userHelp.contains("enable"), userHelp);
    }

    @Test
    void anEmptyLineHasTheModesHeaderAndOnlyItsCommands() {
        assertTrue(session.help("").startsWith("Exec commands:\n  <1-99>      Session number to resume\n  archive "), session.help(""));
        session.execute("configure terminal");
        String config = session.help("");
        assertTrue(config.startsWith("Configure commands:\n  aaa "), config);
        assertTrue(config.contains("  enable             Modify enable password parameters\n"), config);
        assertTrue(!config.contains("  configure ") && !config.contains("  ping "), config);
        session.execute("interface Loopback0");
        assertTrue(session.help("").startsWith("Interface configuration commands:\n"), session.help(""));
    }

    @Test
    void tabCompletesAUniquePrefix() {
        assertEquals("show ", session.complete("sh"));
        assertEquals("show ip interface ", session.complete("show ip int"));
        assertEquals("co", session.complete("co"));
        assertEquals("show ", session.complete("show "));
        session.execute("configure terminal");
        assertEquals("interface GigabitEthernet ", session.complete("interface gi"));
    }

    @Test
    void tabCompletesAnOutputModifierAfterTheBar() {
        assertEquals("show ip route | include ", session.complete("show ip route | inc"));
        assertEquals("sh run | section ", session.complete("sh run | s"));
        assertEquals("show ip route | x", session.complete("show ip route | x"));
        assertEquals("show ip route | include Lo", session.complete("show ip route | include Lo"));
        assertEquals("description a | b", session.complete("description a | b"));
    }
}
