package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.vty.SshPublicKeys;

/**
 * ip ssh pubkey-chain as IOS 15 takes it: its modes and prompts, key-string folded over lines until exit
 * and kept as its hash (the MD5 that ssh-keygen -l -E md5 prints for the same key), key-hash with a
 * comment, the failure message for a text that is no RSA key, and the running-config round trip.
 */
class PubkeyChainConfigTest {
    /** Made by ssh-keygen -t rsa -b 1024 -C alice@noc; ssh-keygen -l -E md5 says MD5:66:69:19:c7:... */
    private static final String KEY = "AAAAB3NzaC1yc2EAAAADAQABAAAAgQDBlb3MFFum6DrkIp8EYtDMDtiWcPGBqL4rMvzw34xT6hYulou1He7nr/"
            + "ES56XmpKsMzu2F2gFVOeqBba9vaUkYskfZ7TI8rXp1WTnyfjIo9yknIEjc67ZZBN1PN0Vhm7YKhmfQop1s4Iug4VYmwiF+jxVWAUtl"
            + "6gMPpAfJuDpqmw==";
    private static final String KEY_MD5 = "666919C7BCFE00DAF2E1FC4878613DB0";

    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
    }

    @Test
    void keyStringIsFoldedOverLinesAndKeptAsItsMd5() {
        assertEquals("", session.execute("ip ssh pubkey-chain"));
        assertEquals("R1(conf-ssh-pubkey)#", session.prompt());
        session.execute("username alice");
        assertEquals("R1(conf-ssh-pubkey-user)#", session.prompt());
        session.execute("key-string");
        assertEquals("R1(conf-ssh-pubkey-data)#", session.prompt());
        for (int at = 0; at < KEY.length(); at += 72) {
            assertEquals("", session.execute(KEY.substring(at, Math.min(KEY.length(), at + 72))));
        }
        assertEquals("", session.execute("exit"));
        assertEquals("R1(conf-ssh-pubkey-user)#", session.prompt());
        assertTrue(SshPublicKeys.of(router).accepts("alice", "ssh-rsa", KEY_MD5));
        session.execute("exit");
        assertEquals("R1(conf-ssh-pubkey)#", session.prompt());
        session.execute("exit");
        assertEquals("R1(config)#", session.prompt());
        assertTrue(session.execute("do show running-config").contains(
                "ip ssh pubkey-chain\n  username alice\n   key-hash ssh-rsa " + KEY_MD5 + " \n"));
    }

    @Test
    void theTypeNameMayLeadTheKeyButACommentIsRefused() {
        session.execute("ip ssh pubkey-chain");
        session.execute("username alice");
        session.execute("key-string");
        session.execute("ssh-rsa " + KEY);
        assertEquals("", session.execute("exit"));
        assertTrue(SshPublicKeys.of(router).accepts("alice", "ssh-rsa", KEY_MD5));

        session.execute("username bob");
        session.execute("key-string");
        session.execute("ssh-rsa " + KEY + " bob@noc");
        assertEquals("%SSH: Failed to decode the Key Value\n", session.execute("exit"));
        session.execute("key-string");
        session.execute("AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        assertEquals("%SSH: Failed to decode the Key Value\n", session.execute("exit"), "IOS 15 takes RSA keys only");
        assertTrue(SshPublicKeys.of(router).users().get("bob").isEmpty());
    }

    @Test
    void keyHashLinesRoundTripThroughRunningConfig() {
        String block = """
                ip ssh pubkey-chain
                  username alice
                   key-hash ssh-rsa 666919C7BCFE00DAF2E1FC4878613DB0 alice@noc
                  username bob
                   key-hash ssh-rsa 8FB4F858DD7E5AFB372780EC653DB371\s
                """;
        assertTrue(ConfigLoader.apply(router, block).isEmpty());
        String running = session.execute("do show running-config");
        assertTrue(running.contains(block), running);
        assertTrue(SshPublicKeys.of(router).accepts("bob", "ssh-rsa", "8fb4f858dd7e5afb372780ec653db371"));

        Router copy = new Lab("t2", new Kernel(1)).addRouter("R1");
        assertTrue(ConfigLoader.apply(copy, running).isEmpty());
        assertEquals(SshPublicKeys.of(router).users(), SshPublicKeys.of(copy).users());
    }

    @Test
    void noFormsRemoveAKeyAUserAndTheChain() {
        ConfigLoader.apply(router, """
                ip ssh pubkey-chain
                  username alice
                   key-hash ssh-rsa 666919C7BCFE00DAF2E1FC4878613DB0 alice@noc
                  username bob
                   key-hash ssh-rsa 8FB4F858DD7E5AFB372780EC653DB371
                """);
        session.execute("ip ssh pubkey-chain");
        session.execute("username alice");
        session.execute("no key-hash ssh-rsa 666919C7BCFE00DAF2E1FC4878613DB0");
        assertFalse(SshPublicKeys.of(router).accepts("alice", "ssh-rsa", KEY_MD5));
        session.execute("no username bob");
        assertEquals(java.util.List.of("alice"), java.util.List.copyOf(SshPublicKeys.of(router).users().keySet()));
        session.execute("end");
        session.execute("configure terminal");
        session.execute("no ip ssh pubkey-chain");
        assertFalse(session.execute("do show running-config").contains("pubkey-chain"));
    }

    @Test
    void keyHashTakesSshRsaOnly() {
        session.execute("ip ssh pubkey-chain");
        session.execute("username alice");
        String refused = session.execute("key-hash ssh-ed25519 666919C7BCFE00DAF2E1FC4878613DB0");
        assertTrue(refused.contains("% Invalid input detected at '^' marker."), refused);
    }
}
