package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * {@code looplab run --address-per-router} with a {@code logging host} in r1's startup-config, and
 * Debian's rsyslogd listening on 127.0.0.1 with a configuration this test writes: a pulled cable reaches
 * rsyslog as local7 messages from 127.1.0.1 with IOS's text.
 */
class SyslogEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void rsyslogReceivesTheRoutersMessagesFromItsOwnAddress() throws Exception {
        ExternalTool.require(ExternalTool.onPath("rsyslogd"), "rsyslogd (Debian package rsyslog)");
        int syslogPort = FreePorts.consecutive(1);
        Path received = folder.resolve("received.log");
        Path conf = folder.resolve("rsyslog.conf");
        Files.writeString(conf, String.join("\n",
                "global(workDirectory=\"" + folder + "\")",
                "module(load=\"imudp\")",
                "input(type=\"imudp\" address=\"127.0.0.1\" port=\"" + syslogPort + "\")",
                "template(name=\"lab\" type=\"string\" string=\"%fromhost-ip%|%syslogfacility-text%|"
                        + "%syslogseverity-text%|%rawmsg%\\n\")",
                "*.* action(type=\"omfile\" file=\"" + received + "\" template=\"lab\")", ""));
        Process rsyslog = new ProcessBuilder("rsyslogd", "-n", "-f", conf.toString(), "-i", folder.resolve("rsyslog.pid").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("rsyslogd.out").toFile()).start();
        try {
            Path lab = writeLab(syslogPort);
            int port = FreePorts.consecutive(1);
            try (LabProcess looplab = LabProcess.start(lab, folder.resolve("state"), port, "--address-per-router")) {
                looplab.console("link r1:Gi0/0 down", "pulled");
                String line = awaitLine(received, "%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down");
                String[] fields = line.split("\\|", 4);
                assertEquals("127.1.0.1", fields[0], line);
                assertEquals("local7", fields[1], line);
                assertEquals("err", fields[2], line);
                assertTrue(fields[3].matches("<187>\\d+: R1: \\*\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: "
                        + "%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down"), line);
                String protocol = awaitLine(received, "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down");
                assertTrue(protocol.startsWith("127.1.0.1|local7|notice|<189>"), protocol);
                assertEquals(0, looplab.quit());
            }
        } finally {
            rsyslog.destroy();
            if (!rsyslog.waitFor(10, TimeUnit.SECONDS)) {
                rsyslog.destroyForcibly();
            }
        }
    }

    private Path writeLab(int syslogPort) throws IOException {
        return TwoRouterLabFiles.write(folder, "syslog", String.join("\n",
                "hostname R1",
                "username admin privilege 15 secret admin",
                "logging origin-id hostname",
                "logging host 127.0.0.1 transport udp port " + syslogPort,
                "interface GigabitEthernet0/0",
                " ip address 10.0.12.1 255.255.255.0", ""),
                String.join("\n",
                "hostname R2",
                "interface GigabitEthernet0/0",
                " ip address 10.0.12.2 255.255.255.0", ""));
    }

    /** The first line of the collector's file that contains {@code text}, waiting up to 30 s for it. */
    private static String awaitLine(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("rsyslog never wrote a line with " + text + "; file: "
                + (Files.exists(file) ? Files.readString(file) : "(none)"));
    }
}
