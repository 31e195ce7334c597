package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.aaa.ExecAccounting;
import org.looplab.router.Router;

/**
 * Host-side SSH logins go through the router's AAA method lists, as in-band ones do (AaaLoginTest): the
 * same LoginAuthentication decides, the privilege follows aaa authorization exec, accounting records.
 */
class AaaHostLoginTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;

    @TempDir
    static Path folder;
    static OneRouterSshLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = OneRouterSshLab.start(folder, """
                hostname R1
                enable secret en4ble
                username admin privilege 15 secret admin
                aaa new-model
                aaa authentication login default local enable
                aaa accounting exec default start-stop group RAD
                end
                """, new LoginPolicy(3, Duration.ofMillis(50)));
    }

    @AfterAll
    static void stopLab() throws IOException {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theMethodListDecidesAndAuthorizationGivesThePrivilege() throws Exception {
        try (ClientSession session = lab.login("admin", "admin")) {
            assertEquals("1\n", session.executeRemoteCommand("show privilege | include level", TIMEOUT)
                    .replaceAll("[^0-9\n]", ""), "no aaa authorization exec: level 1");
        }
        Router router = lab.router();
        router.kernel().call(() -> org.looplab.cli.config.ConfigLoader.apply(router, "aaa authorization exec default local\n"));
        try (ClientSession session = lab.login("admin", "admin")) {
            assertTrue(session.executeRemoteCommand("show privilege", TIMEOUT).contains("15"));
        }
        try (ClientSession session = lab.login("somebody", "en4ble")) {
            assertTrue(session.isAuthenticated(), "an unknown user is local's error: the enable secret decides");
        }
        ClientSession refused = lab.connect("admin");
        refused.addPasswordIdentity("en4ble");
        assertFalse(refused.auth().await(TIMEOUT) && refused.isAuthenticated(), "admin fails locally; enable is not tried");
        refused.close();
        long records = router.kernel().call(() -> ExecAccounting.of(router).records().stream()
                .filter(record -> record.user().equals("admin")).count());
        assertTrue(records >= 2, "start records of admin's sessions: " + records);
    }
}
