package org.looplab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.Convergence;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Router;
import org.looplab.topology.TopologyLoader;

/** The exec command reload: IOS's confirm prompt, then a reboot from the startup-config; the session ends with it. */
class ExecReloadTest {
    @TempDir
    Path state;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private String run(LabConsole console, String line) {
        printed.reset();
        assertTrue(console.execute(line));
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reloadAsksThenRebootsFromTheStartupConfig() throws Exception {
        try (RunningLab running = LabStarter.start(TopologyLoader.load(Path.of("../topologies/triangle")),
                new LabOptions(state, null, false, 1, 1.0, false, true))) {
            var kernel = running.lab().kernel();
            Router r2 = running.lab().router("r2");
            LabConsole console = new LabConsole(running.lab(), List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
            run(console, "attach r2");
            run(console, "configure terminal");
            run(console, "hostname Unsaved");
            run(console, "interface Loopback7");
            run(console, "ip address 10.77.0.2 255.255.255.255");
            run(console, "interface GigabitEthernet0/2");
            run(console, "description unsaved");
            run(console, "no shutdown");
            run(console, "exit");
            run(console, "ip route 10.99.0.0 255.255.0.0 Null0");
            run(console, "banner motd #not saved#");
            run(console, "router bgp 65000");
            run(console, "neighbor 10.0.0.9 remote-as 65009");
            run(console, "end");
            String before = kernel.call(() -> org.looplab.cli.config.RunningConfigWriter.render(r2));
            assertTrue(before.contains("interface Loopback7") && before.contains("neighbor 10.0.0.9"), before);
            assertTrue(run(console, "reload ?").contains("<cr>"));
            run(console, "reload");
            assertEquals("Proceed with reload? [confirm]", console.prompt());
            run(console, "n");
            assertEquals("Unsaved#", console.prompt());
            assertTrue(kernel.call(r2::isPoweredOn));

            run(console, "reload");
            String left = run(console, "");
            assertTrue(left.contains("back at the lab console (left r2)"), left);
            assertFalse(kernel.call(r2::isPoweredOn));
            assertTrue(kernel.call(() -> r2.log().messages().stream().anyMatch(m -> m.text().equals(
                    "%SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload Command."))));

            kernel.runUntil(kernel.now() + 120 * Convergence.SECOND);
            assertTrue(kernel.call(r2::isPoweredOn));
            assertEquals("R2", kernel.call(r2::hostname));
            // What was not saved is gone; the startup-config is all there again.
            String after = kernel.call(() -> org.looplab.cli.config.RunningConfigWriter.render(r2));
            for (String gone : List.of("Loopback7", "10.99.0.0", "not saved", "10.0.0.9", "unsaved")) {
                assertFalse(after.contains(gone), gone + "\n" + after);
            }
            assertTrue(after.contains("interface GigabitEthernet0/2\n no ip address\n shutdown\n"), after);
            assertTrue(after.contains(" neighbor 10.0.0.1 update-source Loopback0\n"), after);
            assertTrue(kernel.call(() -> running.lab().router("r1").log().messages().stream().anyMatch(m -> m.text().startsWith(
                    "%OSPF-5-ADJCHG: Process 1, Nbr 10.0.0.2 on GigabitEthernet0/0 from LOADING to FULL"))));
        }
    }
}
