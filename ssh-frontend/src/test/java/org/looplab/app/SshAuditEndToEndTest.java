package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * Debian's ssh-audit against a router's endpoint in a real {@code looplab run}: no failure and no warning
 * beyond those a current OpenSSH (Debian 12's sshd defaults) gets from the same ssh-audit. Those are, by
 * algorithm: the ECDSA host key (NIST curve; OpenSSH offers ecdsa-sha2-nistp256), the sntrup761 hybrid
 * key exchange (called experimental; OpenSSH's first choice) and the strict-kex marker against Terrapin
 * (unknown to ssh-audit 2.5). Skipped without ssh-audit, unless LOOPLAB_E2E_REQUIRED=1 (CI).
 */
class SshAuditEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");
    private static final Pattern ALGORITHM = Pattern.compile("^\\((kex|key|enc|mac)\\) (\\S+)");
    private static final List<String> ALSO_FLAGGED_ON_OPENSSH = List.of(
            "ecdsa-sha2-nistp", "sntrup761x25519-sha512@openssh.com", "kex-strict-s-v00@openssh.com");

    @TempDir
    Path stateDir;

    @Test
    void sshAuditFindsNothingACurrentOpenSshDoesNotAlsoGet() throws Exception {
        ExternalTool.require(ExternalTool.onPath("ssh-audit"), "ssh-audit");
        int port = FreePorts.consecutive(3);
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            String report = audit(port);
            assertTrue(report.contains("(kex) curve25519-sha256"), report);
            assertTrue(report.contains("(key) ssh-ed25519"), report);
            assertTrue(report.contains("(key) rsa-sha2-512"), report);
            assertTrue(report.contains("compression: disabled"), report);
            assertEquals(List.of(), findingsBeyondOpenSsh(report), report);
        }
    }

    /** Each "[fail]" or "[warn]" line, with the algorithm it belongs to, unless OpenSSH gets it too. */
    private static List<String> findingsBeyondOpenSsh(String report) {
        List<String> findings = new ArrayList<>();
        String algorithm = "";
        for (String line : report.split("\n")) {
            Matcher named = ALGORITHM.matcher(line);
            if (named.find()) {
                algorithm = named.group(2);
            } else if (!line.startsWith(" ")) {
                algorithm = "";
            }
            if (line.contains("[fail]") || line.contains("[warn]")) {
                String current = algorithm;
                if (current.isEmpty() || ALSO_FLAGGED_ON_OPENSSH.stream().noneMatch(current::startsWith)) {
                    findings.add(line.trim());
                }
            }
        }
        return findings;
    }

    private static String audit(int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ssh-audit", "-n", "-p", Integer.toString(port), "127.0.0.1")
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ssh-audit did not finish");
        return new String(output, StandardCharsets.UTF_8);
    }
}
