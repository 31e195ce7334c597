package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.config.Banners;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * banner motd|login|exec|incoming|prompt-timeout|slip-ppp: any delimiter, text over many lines, IOS's "^C",
 * running-config round trip.
 */
class BannerTest {
    private final Router router = new Lab("t", new Kernel(1)).addRouter("R1");

    @Test
    void multiLineBannersWithAnyDelimiterLoadAndRoundTrip() {
        List<String> warnings = ConfigLoader.apply(router, """
                hostname R1
                banner motd ^C
                Authorized access only!
                !  this line is part of the banner
                
                ^C
                banner login #Login please# ignored after the delimiter
                banner exec $
                Welcome to $(hostname)$
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                end
                """);
        assertEquals(List.of(), warnings);
        Banners banners = router.banners();
        assertEquals("\nAuthorized access only!\n!  this line is part of the banner\n\n", banners.text(Banners.Kind.MOTD));
        assertEquals("Login please", banners.text(Banners.Kind.LOGIN));
        assertEquals("\nWelcome to ", banners.text(Banners.Kind.EXEC));
        assertEquals("10.0.0.1", router.interfaces().stream().filter(i -> i.isLoopback()).findFirst().orElseThrow()
                .address().address().toString());

        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("banner exec ^C\nWelcome to ^C\nbanner login ^CLogin please^C\n"
                + "banner motd ^C\nAuthorized access only!\n!  this line is part of the banner\n\n^C\n"), running);
        Router again = new Lab("t", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(again, running));
        assertEquals(running, RunningConfigWriter.render(again));
    }

    @Test
    void incomingPromptTimeoutAndSlipPppBannersAreTextNeverCommands() {
        // The CML IOSv default config: its incoming banner's lines must not run as commands.
        List<String> warnings = ConfigLoader.apply(router, """
                banner incoming ^C
                **************************************************************************
                * IOSv is strictly limited to use for evaluation, demonstration and IOS  *
                ^C
                banner prompt-timeout #Too slow#
                banner slip-ppp %
                interface Loopback9
                %
                banner motd ^C MOTD ^C
                """);
        assertEquals(List.of(), warnings);
        assertTrue(router.banners().text(Banners.Kind.INCOMING).contains("* IOSv is strictly limited"));
        assertEquals("\ninterface Loopback9\n", router.banners().text(Banners.Kind.SLIP_PPP));
        assertTrue(router.interfaces().stream().noneMatch(i -> i.isLoopback()));
        String running = RunningConfigWriter.render(router);
        int incoming = running.indexOf("banner incoming ^C\n****");
        int motd = running.indexOf("banner motd ^C MOTD ^C\n");
        int timeout = running.indexOf("banner prompt-timeout ^CToo slow^C\n");
        int slip = running.indexOf("banner slip-ppp ^C\ninterface Loopback9\n^C\n");
        assertTrue(incoming >= 0 && incoming < motd && motd < timeout && timeout < slip, running);
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        session.execute("no banner incoming");
        assertNull(router.banners().text(Banners.Kind.INCOMING));
    }

    @Test
    void aSavedConfigsCtrlCCharacterIsTheDelimiterToo() {
        ConfigLoader.apply(router, "banner motd \u0003\nHello\n\u0003\n");
        assertEquals("\nHello\n", router.banners().text(Banners.Kind.MOTD));
    }

    @Test
    void typedBannerAsksForMoreLinesThenNoRemovesIt() {
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        assertEquals("Enter TEXT message.  End with the character '%'.\n", session.execute("banner motd %"));
        assertEquals("", session.prompt());
        session.execute("line one");
        session.execute("line two % and the rest is ignored");
        assertEquals("R1(config)#", session.prompt());
        assertEquals("\nline one\nline two ", router.banners().text(Banners.Kind.MOTD));
        session.execute("no banner motd");
        assertNull(router.banners().text(Banners.Kind.MOTD));
    }
}
