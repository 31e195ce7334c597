package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * The banners as the real OpenSSH client shows them: {@code banner login} before the password (SSH's
 * user-authentication banner), then after login the MOTD and the exec banner, then the prompt.
 */
class LoginBannersEndToEndTest {
    private static final String CONFIG = """
            hostname R%d
            username admin privilege 15 secret admin
            banner login ^CAuthorized access only: see https://example.invalid/policy^C
            banner motd ^CMaintenance tonight^C
            banner exec ^CWelcome to R%d^C
            end
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    @Test
    void loginBannerBeforeAuthenticationThenMotdAndExecBanner() throws Exception {
        Path topology = TwoRouterLabFiles.write(folder, "banners", CONFIG.formatted(1, 1), CONFIG.formatted(2, 2));
        int port = FreePorts.consecutive(2);
        try (LabProcess lab = LabProcess.start(topology, folder.resolve("state"), port)) {
            String screen = new OpenSsh(port, folder.resolve("known_hosts")).shellShowingBanner("exit\n");
            int login = screen.indexOf("Authorized access only: see https://example.invalid/policy");
            int motd = screen.indexOf("Maintenance tonight");
            int exec = screen.indexOf("Welcome to R1");
            int prompt = screen.indexOf("R1#exit");
            assertTrue(login >= 0 && login < motd && motd < exec && exec < prompt, screen);
            assertEquals(0, lab.quit());
        }
    }
}
