package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * The real OpenSSH client against a vty with {@code no exec}: the connection takes the line and is closed
 * at once, so no command runs and no shell starts; {@code exec} on the line (typed at the router's console
 * line through the lab console) lets the next login in.
 */
class NoExecEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void aVtyWithNoExecGivesNoShellUntilExecIsConfigured() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        OneRouterLabFiles.write(folder, """
                hostname R1
                username admin privilege 15 secret admin
                line vty 0 4
                 login local
                 no exec
                 transport input ssh
                end
                """);
        int port = FreePorts.consecutive(1);
        OpenSsh r1 = new OpenSsh(port, folder.resolve("known_hosts"));
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            // The start report names the router nobody can log into over SSH, and why.
            assertTrue(lab.output().contains("looplab: warning: r1: no vty line takes an SSH login (no exec, or transport"
                    + " input without ssh)"), lab.output());
            OpenSsh.Result command = r1.execWithStatus("show running-config | section line vty");
            assertEquals(255, command.status(), command.output());
            assertFalse(command.output().contains("line vty"), command.output());
            OpenSsh.Result shell = r1.execWithStatus(null);
            assertEquals(255, shell.status(), shell.output());
            assertFalse(shell.output().contains("R1"), shell.output());

            lab.console("attach r1", "attached to r1");
            lab.console("configure terminal", "Enter configuration commands");
            lab.console("line vty 0 4", "");
            lab.console("exec", "");
            lab.console("end", "");
            lab.console("\u001d", "");
            OpenSsh.Result again = r1.execWithStatus("show running-config | section line vty");
            assertEquals(0, again.status(), again.output());
            assertTrue(again.output().contains("line vty 0 4\n login local\n transport input ssh\n"), again.output());
        }
    }
}
