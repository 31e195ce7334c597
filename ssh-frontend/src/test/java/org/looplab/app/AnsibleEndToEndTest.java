package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * Ansible's {@code cisco.ios} collection (Debian's ansible package) against a real {@code looplab run}:
 * network_cli over paramiko with password authentication, become with enable, then ios_command,
 * ios_config (twice: the second run changes nothing) and ios_facts; net_put and net_get over the
 * router's SCP server. Skipped without ansible-playbook,
 * unless LOOPLAB_E2E_REQUIRED=1 (CI), then it fails.
 */
class AnsibleEndToEndTest {
    private static final String PLAYBOOK = "ansible_ios_playbook.yml";
    private static final String FILES_PLAYBOOK = "ansible_files_playbook.yml";

    @TempDir
    Path folder;

    @Test
    void ciscoIosModulesWorkOverNetworkCli() throws Exception {
        ExternalTool.require(ansibleInstalled(), "ansible (with cisco.ios)");
        Files.writeString(folder.resolve("r1.cfg"), """
                hostname R1
                enable secret letmein
                username admin privilege 15 secret admin
                username oper secret oper
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                end
                """);
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        Path playbook = folder.resolve(PLAYBOOK);
        try (InputStream in = getClass().getResourceAsStream(PLAYBOOK)) {
            Files.copy(in, playbook);
        }
        int port = FreePorts.consecutive(1);
        // A level-1 user, so become (enable with its secret) is exercised as on a real device.
        Files.writeString(folder.resolve("inventory.ini"), "r1 ansible_host=127.0.0.1 ansible_port=" + port
                + " ansible_user=oper ansible_password=oper ansible_become_password=letmein\n");
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            runPlaybook(lab, playbook);
        }
    }

    @Test
    void netPutAndNetGetCopyFilesOverScp() throws Exception {
        ExternalTool.require(ansibleInstalled(), "ansible (with cisco.ios)");
        Path playbook = folder.resolve(FILES_PLAYBOOK);
        try (InputStream in = getClass().getResourceAsStream(FILES_PLAYBOOK)) {
            Files.copy(in, playbook);
        }
        Files.writeString(folder.resolve("candidate.cfg"), "hostname R1\ninterface Loopback9\n ip address 10.9.9.9 255.255.255.255\nend\n");
        int port = FreePorts.consecutive(3);
        Files.writeString(folder.resolve("inventory.ini"), "r1 ansible_host=127.0.0.1 ansible_port=" + port
                + " ansible_user=admin ansible_password=admin\n");
        try (LabProcess lab = LabProcess.start(Path.of("../topologies/triangle").toAbsolutePath(), folder.resolve("state"), port)) {
            runPlaybook(lab, playbook);
            assertEquals(Files.readString(folder.resolve("candidate.cfg")), Files.readString(folder.resolve("fetched.cfg")));
        }
    }

    /** Runs {@code playbook} with folder's inventory.ini over network_cli; it must end with failed=0. */
    private void runPlaybook(LabProcess lab, Path playbook) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder("ansible-playbook", "-i",
                    folder.resolve("inventory.ini").toString(), playbook.toString())
                    .directory(folder.toFile()).redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.put("ANSIBLE_HOST_KEY_CHECKING", "False");
            // paramiko is in Debian's python3; ansible-pylibssh is not packaged, so network_cli uses it anyway.
            env.put("ANSIBLE_NETWORK_CLI_SSH_TYPE", "paramiko");
            env.put("ANSIBLE_NOCOLOR", "1");
            env.put("ANSIBLE_FORCE_COLOR", "0");
            env.put("ANSIBLE_RETRY_FILES_ENABLED", "False");
            env.put("ANSIBLE_PYTHON_INTERPRETER", "/usr/bin/python3");
            env.put("ANSIBLE_LOCAL_TEMP", folder.resolve("ansible-tmp").toString());
            env.put("ANSIBLE_PERSISTENT_CONTROL_PATH_DIR", folder.resolve("ansible-pc").toString());
            env.put("ANSIBLE_PERSISTENT_COMMAND_TIMEOUT", "30");
            env.put("HOME", folder.toString());
            Process run = builder.start();
            if (!run.waitFor(120, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                fail("ansible-playbook did not finish in 120 s");
            }
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output.lines().filter(line -> line.contains("RESULT")).findFirst().orElse(""));
            assertEquals(0, run.exitValue(), output + "\nlab:\n" + lab.output());
            assertTrue(output.contains("failed=0"), output);
            // Ansible's paramiko drops its connections abruptly: the console stays quiet about it.
            assertFalse(lab.output().contains("\tat ") || lab.output().contains("Exception"), lab.output());
    }

    private static boolean ansibleInstalled() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("ansible-galaxy", "collection", "list", "cisco.ios")
                    .redirectErrorStream(true).start();
            String listed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0 && listed.contains("cisco.ios");
        } catch (IOException notThere) {
            return false;
        }
    }
}
