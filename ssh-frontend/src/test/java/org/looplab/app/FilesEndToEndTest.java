package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * A router's flash0: with the real OpenSSH client: files written by exec requests (prompts answered with
 * IOS's defaults) are in the lab's state, found again after the JVM is killed and the lab started again.
 */
class FilesEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    @Test
    void aCopiedFileSurvivesSigkillAndRestart() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        String content;
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            OpenSsh.Result copy = r1.execWithStatus("copy running-config flash0:backup.cfg");
            assertEquals(0, copy.status(), copy.output());
            assertTrue(copy.output().matches("Destination filename \\[backup.cfg\\]\\? \n"
                    + "\\d+ bytes copied in \\d+\\.\\d{3} secs \\(\\d+ bytes/sec\\)\n"), copy.output());
            content = r1.exec("more flash0:backup.cfg");
            assertTrue(content.contains("hostname R1"), content);
            OpenSsh.Result md5 = r1.execWithStatus("verify /md5 flash0:backup.cfg");
            assertTrue(md5.output().contains("verify /md5 (flash0:backup.cfg) = " + md5(content)), md5.output());
            assertEquals(0, r1.execWithStatus("copy flash0:backup.cfg flash0:other.cfg").status());
            OpenSsh.Result gone = r1.execWithStatus("delete flash0:other.cfg");
            assertEquals(0, gone.status(), gone.output());
            assertTrue(gone.output().endsWith("Delete filename [other.cfg]? \nDelete flash0:/other.cfg? [confirm]\n"),
                    gone.output());
            OpenSsh.Result missing = r1.execWithStatus("more flash0:other.cfg");
            assertEquals(1, missing.status(), missing.output());
            assertEquals("%Error opening flash0:/other.cfg (No such file or directory)\n", missing.output());
            lab.kill();
        }
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            String dir = r1.exec("dir");
            assertTrue(dir.matches("(?s)Directory of flash0:/\n\n.*\n    2  -rw-  +" + content.length()
                    + "  .* backup.cfg\n\n2142715904 bytes total \\(\\d+ bytes free\\)\n"), dir);
            assertEquals(content, r1.exec("more flash:/backup.cfg"));
            // write memory is untouched: the startup-config is still the topology's.
            assertTrue(r1.exec("show startup-config").contains("hostname R1"));
            OpenSsh.Result redirected = r1.execWithStatus("show running-config | redirect flash:run.txt");
            assertEquals(new OpenSsh.Result("", 0), redirected, "redirect prints nothing");
            assertTrue(r1.exec("more flash:run.txt").contains("\nhostname R1\n"));
            OpenSsh.Result refused = r1.execWithStatus("show clock | append nvram:x");
            assertEquals(1, refused.status(), "nvram: cannot append: " + refused.output());
            assertEquals(0, lab.quit());
        }
    }

    @Test
    void scpBothWaysWithTheRealOpenSshClient() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        byte[] upload = new byte[70_000]; // several SCP buffers, every byte value
        for (int i = 0; i < upload.length; i++) {
            upload[i] = (byte) (i * 31);
        }
        Path local = stateDir.resolve("image.bin");
        java.nio.file.Files.write(local, upload);
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            OpenSsh.Result off = r1.scp(local.toString(), "REMOTE:flash0:image.bin");
            assertTrue(off.status() != 0, off.output());

            assertEquals(0, r1.execWithStatus("configure terminal\nip scp server enable\nend").status());
            assertTrue(r1.exec("show running-config").contains("\nip scp server enable\n"));
            OpenSsh.Result put = r1.scp(local.toString(), "REMOTE:flash0:image.bin");
            assertEquals(0, put.status(), put.output());
            assertTrue(r1.exec("verify /md5 flash0:image.bin").contains(
                    "= " + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(upload))));
            assertTrue(r1.exec("dir flash0:image.bin").contains("  70000  "));

            Path back = stateDir.resolve("back.bin");
            OpenSsh.Result get = r1.scp("REMOTE:flash:/image.bin", back.toString());
            assertEquals(0, get.status(), get.output());
            assertTrue(java.util.Arrays.equals(upload, java.nio.file.Files.readAllBytes(back)));

            OpenSsh.Result noSlash = r1.scp("REMOTE:flash0:image.bin", back.toString());
            assertEquals(0, noSlash.status(), noSlash.output());

            Path running = stateDir.resolve("running.cfg");
            assertEquals(0, r1.scp("REMOTE:running-config", running.toString()).status());
            assertTrue(java.nio.file.Files.readString(running).contains("ip scp server enable"));

            OpenSsh.Result missing = r1.scp("REMOTE:flash0:nothere.cfg", back.toString());
            assertTrue(missing.status() != 0 && missing.output().contains("flash0:/nothere.cfg: No such file or directory"),
                    missing.output());
            assertEquals(0, lab.quit());
        }
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
