package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * With {@code service password-encryption}, no password typed in clear reaches running-config, the
 * router's log, the lab's process output or any file the lab keeps (the H2 database, host keys, errors
 * log): not the configured ones (a user's, the enable and the line password) and not a wrong one tried at
 * login. A marker description proves the file scan sees text the database does keep in clear.
 */
class NoPasswordInClearEndToEndTest {
    private static final List<String> SECRETS = List.of("Clear7Pass", "EnablePw9", "LinePw42", "WrongGuess5");
    private static final String MARKER = "DescriptionMarker31";

    @TempDir
    Path folder;

    @Test
    void passwordsNeverAppearInClear() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        OneRouterLabFiles.write(folder, """
                hostname R1
                service password-encryption
                username admin privilege 15 secret admin
                username netops privilege 15 password 0 Clear7Pass
                enable password 0 EnablePw9
                login on-failure log
                interface Loopback0
                 description %s
                 ip address 10.0.0.1 255.255.255.255
                line vty 0 4
                 password 0 LinePw42
                 login local
                end
                """.formatted(MARKER));
        Path state = folder.resolve("state");
        int port = FreePorts.consecutive(1);
        OpenSsh admin = new OpenSsh(port, folder.resolve("known_hosts"));
        String running;
        String log;
        String processOutput;
        try (LabProcess lab = LabProcess.start(folder, state, port)) {
            assertNotEquals(0, login(port, "netops", "WrongGuess5", "show clock").status());
            Result netops = login(port, "netops", "Clear7Pass", "show privilege");
            assertTrue(netops.output().contains("Current privilege level is 15"), netops.output());
            running = admin.exec("show running-config");
            assertTrue(admin.exec("write memory").contains("[OK]"));
            log = admin.exec("show logging");
            processOutput = lab.output();
            lab.quit();
        }
        assertTrue(running.contains("username netops privilege 15 password 7 "), running);
        assertTrue(log.contains("%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: netops]"), log);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".cfg"))
                    .toList();
        }
        boolean markerSeen = false;
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            markerSeen |= bytes.contains(MARKER);
            for (String secret : SECRETS) {
                assertFalse(bytes.contains(secret), secret + " in clear in " + file);
            }
        }
        assertTrue(markerSeen, "the scan saw no saved configuration in clear: " + files);
        for (String secret : SECRETS) {
            assertFalse(running.contains(secret), secret + " in running-config:\n" + running);
            assertFalse(log.contains(secret), secret + " in the log:\n" + log);
            assertFalse(processOutput.contains(secret), secret + " in the lab's output:\n" + processOutput);
        }
    }

    private record Result(String output, int status) {
    }

    private static Result login(int port, String user, String password, String command)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sshpass", "-p", password, "ssh",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-o", "ConnectTimeout=20", "-p", Integer.toString(port),
                user + "@127.0.0.1", command));
        Process client = new ProcessBuilder(args).redirectErrorStream(true).start();
        client.getOutputStream().close();
        byte[] output = client.getInputStream().readAllBytes();
        assertTrue(client.waitFor(60, TimeUnit.SECONDS));
        return new Result(new String(output, StandardCharsets.UTF_8), client.exitValue());
    }
}
