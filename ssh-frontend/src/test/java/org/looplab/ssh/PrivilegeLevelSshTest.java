package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.app.ExternalTool;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * A user of privilege 5 logs in with the real OpenSSH client and lands at level 5: the commands lowered to
 * 5 run, with their parent keywords, and the rest of privileged EXEC is invalid input.
 */
class PrivilegeLevelSshTest {
    @TempDir
    Path folder;

    @Test
    void aLevelFiveUserRunsWhatLevelFiveMayAndNothingElse() throws Exception {
        ExternalTool.require(ExternalTool.onPath("sshpass") && ExternalTool.onPath("ssh"), "OpenSSH with sshpass");
        try (OneRouterSshLab lab = OneRouterSshLab.start(folder, """
                hostname R1
                username oper privilege 5 secret operpass
                privilege exec level 5 configure terminal
                privilege configure level 5 interface
                privilege interface level 5 shutdown
                line vty 0 4
                 login local
                end
                """, LoginPolicy.IOS_DEFAULT)) {
            String screen = shell(lab.port(), """
                    show privilege
                    show running-config
                    configure terminal
                    hostname EVIL
                    interface Loopback5
                    shutdown
                    end
                    exit
                    """);
            assertTrue(screen.contains("R1#show privilege\nCurrent privilege level is 5\n"), screen);
            assertTrue(screen.contains("R1#show running-config\n        ^\n% Invalid input detected at '^' marker."), screen);
            assertTrue(screen.contains("R1(config)#hostname EVIL\n           ^\n% Invalid input detected at '^' marker."), screen);
            assertFalse(screen.contains("Exception") || screen.contains("org.looplab"), screen);
            Router router = lab.router();
            assertEquals("R1", router.kernel().call(router::hostname));
            assertEquals(List.of(true), router.kernel().call(() -> List.of(
                    router.interfaceNamed(InterfaceName.parse("Loopback5")).isShutdown())));
        }
    }

    /** {@code sshpass -p operpass ssh -T oper@127.0.0.1}, the lines on stdin; stdout and stderr. */
    private static String shell(int port, String lines) throws Exception {
        Process ssh = new ProcessBuilder("sshpass", "-p", "operpass", "ssh", "-T",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20", "-p", Integer.toString(port),
                "oper@127.0.0.1").redirectErrorStream(true).start();
        ssh.getOutputStream().write(lines.getBytes(StandardCharsets.UTF_8));
        ssh.getOutputStream().close();
        byte[] output = ssh.getInputStream().readAllBytes();
        if (!ssh.waitFor(30, TimeUnit.SECONDS)) {
            ssh.destroyForcibly();
            throw new AssertionError("ssh did not finish");
        }
        return new String(output, StandardCharsets.UTF_8).replace("\r", "");
    }
}
