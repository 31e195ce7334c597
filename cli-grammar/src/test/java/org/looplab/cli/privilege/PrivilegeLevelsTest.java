package org.looplab.cli.privilege;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** IOS's custom privilege levels: what {@code ?} offers, what runs, enable N, and running-config. */
class PrivilegeLevelsTest {
    private Router router;

    @BeforeEach
    void lab() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
    }

    private void configure(String config) {
        assertEquals(List.of(), ConfigLoader.apply(router, config));
    }

    @Test
    void aLoweredCommandAppearsInHelpWithItsParentKeywords() {
        CliSession before = new CliSession(router, "u", 1, "console");
        assertFalse(before.help("").contains("configure"), before.help(""));
        configure("privilege exec level 1 configure terminal\n");
        CliSession user = new CliSession(router, "u", 1, "console");
        assertTrue(user.help("").contains("  configure  "), user.help(""));
        assertEquals("  terminal  Configure from the terminal\n\n", user.help("configure ").replace("\r", ""));
        assertFalse(user.help("").contains("copy"), "copy stays at level 15");
        assertEquals("configure\n\n", user.help("conf"));
    }

    @Test
    void aRaisedCommandDisappearsFromHelpAndIsInvalid() {
        configure("privilege exec level 15 show ip route\nprivilege exec level 1 show ip\nprivilege exec level 1 show\n");
        CliSession user = new CliSession(router, "u", 1, "console");
        assertFalse(user.help("show ip ").contains("route"), user.help("show ip "));
        assertTrue(user.help("show ip ").contains("interface"), user.help("show ip "));
        assertEquals("""
                           ^
                % Invalid input detected at '^' marker.

                """, user.execute("show ip route"));
        CliSession admin = new CliSession(router, "a", 15, "console");
        assertTrue(admin.help("show ip ").contains("route"));
    }

    @Test
    void raisingALongCommandRaisesItsParentsAsIos() {
        configure("privilege exec level 15 show ip route\n");
        CliSession user = new CliSession(router, "u", 1, "console");
        assertFalse(user.help("").contains("  show  "), "show itself went to level 15");
        assertTrue(running().contains("privilege exec level 15 show ip route\nprivilege exec level 15 show ip\n"
                + "privilege exec level 15 show\n"), running());
    }

    @Test
    void allGivesTheLevelToEverySubcommand() {
        configure("privilege exec all level 5 clear\n");
        CliSession five = new CliSession(router, "u", 5, "console");
        assertTrue(five.help("clear ip ").contains("bgp"), five.help("clear ip "));
        configure("no privilege exec all level 5 clear\nprivilege exec level 5 clear\n");
        CliSession again = new CliSession(router, "u", 5, "console");
        assertEquals("% Unrecognized command\n", again.help("clear i"), "ip under clear keeps level 15");
    }

    @Test
    void enableToALevelAsksForThatLevelsSecret() {
        configure("enable secret level 5 0 fivepass\nenable secret 0 fifteen\n");
        CliSession user = new CliSession(router, "u", 1, "127.0.0.1");
        user.occupyVty();
        assertEquals("", user.execute("enable 5"));
        assertEquals("Password: ", user.prompt());
        assertEquals("", user.execute("fifteen"));
        assertEquals("Password: ", user.prompt(), "level 15's secret is not level 5's");
        assertEquals("", user.execute("fivepass"));
        assertEquals("R1#", user.prompt());
        assertEquals("Current privilege level is 5\n", user.execute("show privilege"));
        assertEquals("", user.execute("disable"));
        assertEquals("R1>", user.prompt());
        user.releaseVty();
        assertTrue(running().contains("enable secret level 5 5 $1$"), running());
        assertFalse(running().contains("fivepass"));
    }

    @Test
    void levelZeroOffersOnlyIosLevelZeroCommands() {
        CliSession zero = new CliSession(router, "u", 0, "console");
        assertEquals("Exec commands:\n  disable  Turn off privileged commands\n  enable   Turn on privileged commands\n"
                + "  exit     Exit from the EXEC\n  help     Description of the interactive help system\n"
                + "  logout   Exit from the EXEC\n\n", zero.help(""));
        assertTrue(zero.execute("help").startsWith("Help may be requested at any point in a command by entering\n"
                + "a question mark '?'.  If nothing matches, the help list will\n"), "help at level 0");
    }

    @Test
    void doInConfigurationChecksTheExecLevel() {
        configure("privilege exec level 5 configure terminal\n");
        CliSession five = new CliSession(router, "u", 5, "console");
        five.execute("configure terminal");
        assertEquals("R1(config)#", five.prompt());
        assertTrue(five.execute("do show privilege").contains("Current privilege level is 5"));
        assertTrue(five.execute("do show running-config").contains("% Invalid input"));
        assertEquals("", five.execute("end"));
        assertEquals("R1#", five.prompt());
    }

    @Test
    void aLoweredShowRunningConfigShowsOnlyWhatTheLevelMayConfigure() {
        configure("""
                username admin privilege 15 secret 0 hidden-secret
                enable secret 0 enable-secret
                snmp-server community private RW
                interface GigabitEthernet0/0
                 description uplink
                 ip address 10.0.12.1 255.255.255.0
                privilege exec level 5 show running-config
                """);
        CliSession five = new CliSession(router, "u", 5, "console");
        String bare = five.execute("show running-config");
        assertTrue(bare.startsWith("Building configuration...\n\nCurrent configuration : "), bare);
        assertTrue(bare.endsWith("end\n\n") || bare.endsWith("end\n"), bare);
        assertFalse(bare.matches("(?s).*\\n[a-z].*\\nend.*"), "no command line at all: " + bare);
        for (String hidden : List.of("hidden-secret", "enable-secret", "private", "username", "hostname", "interface")) {
            assertFalse(bare.contains(hidden), hidden + " in " + bare);
        }
        int bytes = Integer.parseInt(bare.replaceAll("(?s).*Current configuration : (\\d+) bytes.*", "$1"));
        assertEquals(bare.substring(bare.indexOf(" bytes\n") + 7).length(), bytes, "the byte count is of what is shown");

        configure("privilege configure level 5 interface\nprivilege interface level 5 description\n");
        String interfaces = new CliSession(router, "u", 5, "console").execute("show running-config");
        assertTrue(interfaces.contains("interface GigabitEthernet0/0\n description uplink\n"), interfaces);
        assertFalse(interfaces.contains("ip address"), interfaces);
        assertFalse(interfaces.contains("secret"), interfaces);
        assertTrue(new CliSession(router, "a", 15, "console").execute("show running-config").contains("username admin privilege 15 secret"),
                "level 15 sees it all");
    }

    private String running() {
        return RunningConfigWriter.render(router);
    }
}
