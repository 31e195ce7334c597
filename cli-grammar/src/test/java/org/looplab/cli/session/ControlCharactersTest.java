package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.command.SetHostname;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.config.Banners;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Text a user stores never carries control sequences to other users' terminals, whether typed (any
 * shell), sent in an exec request or read from a startup-config: control characters are dropped from
 * descriptions and banners, and a hostname with one is refused with IOS's message.
 */
class ControlCharactersTest {
    private static final String ESC = "\u001b";
    private final Router router = new Lab("t", new Kernel(1)).addRouter("R1");
    private final CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");

    @Test
    void aHostnameFollowsIosRulesAndNeverTakesControlCharacters() {
        session.execute("configure terminal");
        assertEquals(SetHostname.ILLEGAL + "\n", session.execute("hostname R" + ESC + "[2J1"));
        assertEquals("R1", router.hostname());
        assertEquals(SetHostname.ILLEGAL + "\n", session.execute("hostname 1abc"));
        assertEquals("1abc", router.hostname(), "IOS warns and still takes a printable name");
        assertEquals("", session.execute("hostname Edge-1"));
        assertEquals("Edge-1", router.hostname());
    }

    @Test
    void descriptionsAndBannersLoseTheirControlCharacters() {
        session.execute("configure terminal");
        session.execute("interface Loopback0");
        session.execute("description up" + ESC + "]0;pwned\u0007link\u009b");
        assertEquals("up]0;pwnedlink", router.interfaceNamed(InterfaceName.loopback(0)).description());
        session.execute("exit");
        session.execute("banner motd #Hello" + ESC + "[31m world#");
        assertEquals("Hello[31m world", router.banners().text(Banners.Kind.MOTD));
    }

    @Test
    void aStartupConfigLosesThemToo() {
        List<String> warnings = ConfigLoader.apply(router, "interface Loopback1\n description a" + ESC + "[5mb\n");
        assertEquals(List.of(), warnings);
        assertEquals("a[5mb", router.interfaceNamed(InterfaceName.loopback(1)).description());
    }
}
