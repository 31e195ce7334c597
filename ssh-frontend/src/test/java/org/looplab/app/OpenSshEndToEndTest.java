package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * The shipped triangle lab in a real {@code looplab run} process, driven by its console on stdin and by
 * the real OpenSSH client. Skipped without sshpass, unless LOOPLAB_E2E_REQUIRED=1 (CI), then it fails.
 */
class OpenSshEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    private static void assertLine(String output, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(output).find(),
                "no line matching " + regex + " in:\n" + output);
    }

    @Test
    void pullALinkThenLoopbacksStayUpAndSavedConfigSurvivesARestart() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            assertTrue(lab.output().contains("r1  ssh -p " + port + " admin@127.0.0.1"), lab.output());
            assertTrue(lab.output().contains("looplab: log in as admin; the passwords are on the 'username' lines"
                    + " of the startup-config files in "), lab.output());
            assertFalse(lab.output().contains("password admin"), lab.output());
            // Keyboard-interactive could not succeed here, so it is not offered at all (public keys are, for
            // users of an ip ssh pubkey-chain).
            OpenSsh.Result keyboard = r1.execWithOptions("show clock", "PreferredAuthentications=keyboard-interactive");
            assertEquals(255, keyboard.status(), keyboard.output());
            assertTrue(keyboard.output().contains("Permission denied (publickey,password)"), keyboard.output());

            String brief = r1.exec("show ip interface brief");
            assertLine(brief, "^GigabitEthernet0/0\\s+10\\.0\\.12\\.1\\s+YES NVRAM  up\\s+up\\s*$");
            assertLine(brief, "^Loopback0\\s+10\\.0\\.0\\.1\\s+YES NVRAM  up\\s+up\\s*$");

            lab.console("link r1:Gi0/0 down", "pulled");
            brief = r1.exec("show ip interface brief");
            assertLine(brief, "^GigabitEthernet0/0\\s+10\\.0\\.12\\.1\\s+YES NVRAM  down\\s+down\\s*$");
            assertLine(brief, "^Loopback0\\s+10\\.0\\.0\\.1\\s+YES NVRAM  up\\s+up\\s*$");
            String links = lab.console("links", "r2:Gi0/1");
            assertTrue(links.contains("pulled"), links);

            assertTrue(r1.exec("ping 127.0.0.1").contains("!!!!!"));
            String unspecified = r1.exec("ping 0.0.0.0");
            assertFalse(unspecified.contains("!!!!!"), unspecified);
            assertTrue(unspecified.contains("Success rate is 0 percent"), unspecified);

            String logging = r1.exec("show logging");
            assertLine(logging, "%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down");
            assertLine(logging, "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down");

            // A script over ssh -T: no PTY, the device echoes each line after its prompt.
            String session = r1.shell("""
                    configure terminal
                    interface Loopback1
                    ip address 10.1.1.1 255.255.255.255
                    end
                    write memory
                    exit
                    """);
            assertTrue(session.contains("R1#configure terminal"), session);
            assertTrue(session.contains("R1(config-if)#ip address 10.1.1.1 255.255.255.255"), session);
            assertTrue(session.contains("[OK]"), session);

            lab.console("link r1:Gi0/0 up", "connected");
            assertEquals(0, lab.quit());
        }

        try (LabProcess again = LabProcess.start(TRIANGLE, stateDir, port)) {
            assertTrue(again.output().contains("(saved startup-config)"), again.output());
            // The same client and known_hosts file: a new host key would make ssh refuse to connect.
            String brief = r1.exec("show ip interface brief");
            assertLine(brief, "^GigabitEthernet0/0\\s+10\\.0\\.12\\.1\\s+YES NVRAM\\s+up\\s+up\\s*$");
            assertLine(brief, "^Loopback1\\s+10\\.1\\.1\\.1\\s+YES NVRAM\\s+up\\s+up\\s*$");
            assertLine(brief, "^Loopback0\\s+10\\.0\\.0\\.1\\s+YES NVRAM\\s+up\\s+up\\s*$");
            assertEquals(0, again.quit());
        }
    }

    @Test
    void aBrokenTopologyStartsNothing(@TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("bad.clab.yml"), """
                name: bad
                topology:
                  nodes: {r1: }
                  links:
                    - endpoints: ["r1:Gi0/0", "r7:Gi0/0"]
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Looplab.class.getName(), "run", folder.toString(), "--state-dir", stateDir.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(2, process.waitFor());
        assertTrue(output.contains("bad.clab.yml:5: endpoint 'r7:Gi0/0' names unknown node r7"), output);
        assertFalse(output.contains("Exception"), output);
    }
}
