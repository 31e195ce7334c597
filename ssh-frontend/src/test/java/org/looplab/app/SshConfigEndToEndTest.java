package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;
import picocli.CommandLine;

/**
 * {@code looplab ssh-config} used by the real OpenSSH client ({@code ssh -F FILE r2}), and
 * {@code looplab inventory} read by Ansible's own {@code ansible-inventory}.
 */
class SshConfigEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path folder;

    private static String looplab(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = Looplab.commandLine();
        command.setOut(new PrintWriter(out));
        assertEquals(0, command.execute(args));
        return out.toString();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }

    @Test
    void sshReachesEachRouterByItsNodeName() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        int port = FreePorts.consecutive(3);
        Path config = folder.resolve("ssh_config");
        Files.writeString(config, looplab("ssh-config", TRIANGLE.toString(), "--port", Integer.toString(port)));
        Path knownHosts = folder.resolve("known_hosts");
        try (LabProcess lab = LabProcess.start(TRIANGLE, folder.resolve("state"), port)) {
            for (String router : List.of("r1", "r3")) {
                String output = run(List.of("sshpass", "-p", "admin", "ssh", "-F", config.toString(),
                        "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + knownHosts,
                        "-o", "PubkeyAuthentication=no", "-o", "LogLevel=ERROR", router,
                        "show running-config | include hostname"));
                assertEquals("hostname " + router.toUpperCase() + "\n", output);
            }
            // One server key for the lab: one known_hosts entry, under the lab's alias, for every router.
            List<String> entries = Files.readAllLines(knownHosts).stream().filter(line -> !line.isBlank()).toList();
            assertEquals(1, entries.size(), entries.toString());
            assertTrue(entries.get(0).startsWith("looplab-triangle "), entries.get(0));
            assertEquals(0, lab.quit());
        }
    }

    @Test
    void ansibleReadsTheInventory() throws Exception {
        ExternalTool.require(onPath("ansible-inventory"), "ansible");
        Path inventory = folder.resolve("inventory.yml");
        Files.writeString(inventory, looplab("inventory", TRIANGLE.toString(), "--port", "4001"));
        ProcessBuilder builder = new ProcessBuilder("ansible-inventory", "-i", inventory.toString(), "--host", "r3");
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("ANSIBLE_LOCAL_TEMP", folder.resolve("tmp").toString());
        String r3 = run(builder.command());
        assertTrue(r3.contains("\"ansible_port\": 4003"), r3);
        assertTrue(r3.contains("\"ansible_host\": \"127.0.0.1\""), r3);
        assertTrue(r3.contains("\"ansible_user\": \"admin\""), r3);
        assertTrue(r3.contains("\"ansible_network_os\": \"cisco.ios.ios\""), r3);
        assertTrue(r3.contains("\"ansible_connection\": \"ansible.netcommon.network_cli\""), r3);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
