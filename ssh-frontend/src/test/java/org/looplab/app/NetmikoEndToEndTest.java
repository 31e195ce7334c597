package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * Netmiko's {@code cisco_ios} driver (Debian's python3-netmiko) against a real {@code looplab run}:
 * connect as a level-1 user, enable with the enable secret, show commands, a config set, save,
 * disconnect. Skipped without Netmiko, unless LOOPLAB_E2E_REQUIRED=1 (CI), then it fails.
 */
class NetmikoEndToEndTest {
    /** Debian's python first: a python3 earlier on PATH (pyenv) may lack the Debian packages. */
    private static final String[] PYTHONS = {"/usr/bin/python3", "python3"};

    @TempDir
    Path folder;

    @Test
    void netmikoCiscoIosDriverWorksUnchanged() throws Exception {
        String python = pythonWithNetmiko();
        ExternalTool.require(python != null, "python3-netmiko");
        Files.writeString(folder.resolve("r1.cfg"), """
                hostname R1
                enable secret letmein
                username admin privilege 15 secret admin
                username oper secret oper
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                end
                """);
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        Path script = folder.resolve("netmiko_session.py");
        try (InputStream in = getClass().getResourceAsStream("netmiko_session.py")) {
            Files.copy(in, script);
        }
        int port = FreePorts.consecutive(1);
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            Process run = new ProcessBuilder(python, script.toString(), Integer.toString(port))
                    .redirectErrorStream(true).start();
            if (!run.waitFor(120, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                fail("netmiko script did not finish in 120 s");
            }
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, run.exitValue(), output + "\nlab:\n" + lab.output());
            assertTrue(output.contains("RESULT all: ok"), output);
        }
    }

    @Test
    void netmikoFileTransferPutsAndGetsOverScp() throws Exception {
        runScriptAgainstTriangle("netmiko_file_transfer.py");
    }

    /** NAPALM's ios driver's command sequences (replace, compare, commit, rollback, merge, discard). */
    @Test
    void napalmIosDriverSequencesWork() throws Exception {
        runScriptAgainstTriangle("napalm_sequences.py");
    }

    /** Runs a script of this folder with r1's port; it must print {@code RESULT all: ok}. */
    private void runScriptAgainstTriangle(String name) throws Exception {
        String python = pythonWithNetmiko();
        ExternalTool.require(python != null, "python3-netmiko");
        Path script = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, script);
        }
        int port = FreePorts.consecutive(3);
        try (LabProcess lab = LabProcess.start(Path.of("../topologies/triangle"), folder.resolve("state"), port)) {
            Process run = new ProcessBuilder(python, script.toString(), Integer.toString(port))
                    .redirectErrorStream(true).start();
            if (!run.waitFor(120, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                fail(name + " did not finish in 120 s");
            }
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, run.exitValue(), output + "\nlab:\n" + lab.output());
            assertTrue(output.contains("RESULT all: ok"), output);
        }
    }

    private static String pythonWithNetmiko() throws InterruptedException {
        for (String python : PYTHONS) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import netmiko").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return python;
                }
            } catch (IOException notThere) {
                // try the next one
            }
        }
        return null;
    }
}
