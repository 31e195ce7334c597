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
                + "  exit     Exit from the EXEC\n  logout   Exit from the EXEC\n\n", zero.help(""));
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

    private String running() {
        return RunningConfigWriter.render(router);
    }
}
