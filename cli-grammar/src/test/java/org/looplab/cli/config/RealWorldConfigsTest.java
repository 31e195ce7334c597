package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.looplab.config.Banners;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Real IOS running-configs (realworld/README.md) load without an exception; what we do not model is a
 * warning naming its line. Prints the share of non-comment lines the grammar models (a figure, not a
 * target), and checks the lines we do model took effect.
 */
class RealWorldConfigsTest {
    @ParameterizedTest
    @ValueSource(strings = {"c3725-lab-r1.cfg", "c2901-branch.cfg", "c2901-ssh-router.cfg"})
    void loadsWithWarningsOnly(String file) throws IOException {
        String text = resource(file);
        Router router = new Lab("t", new Kernel(1)).addRouter("r1");
        List<String> warnings = ConfigLoader.apply(router, text);

        Set<Integer> warned = new HashSet<>();
        for (String warning : warnings) {
            assertTrue(warning.matches("line \\d+: .+: .+"), warning);
            warned.add(Integer.parseInt(warning.substring(5, warning.indexOf(':'))));
        }
        int lines = 0;
        String[] all = text.split("\n");
        boolean inBanner = false;
        for (String line : all) {
            String stripped = line.strip();
            if (inBanner) {
                // A banner's text is part of its one command, however many lines it takes.
                inBanner = !stripped.contains("^C");
                continue;
            }
            if (stripped.startsWith("banner ")) {
                int open = stripped.indexOf("^C");
                inBanner = open >= 0 && stripped.indexOf("^C", open + 2) < 0;
            }
            if (!stripped.isEmpty() && !stripped.startsWith("!")) {
                lines++;
            }
        }
        int modelled = lines - warned.size();
        System.out.printf("real config %-22s %3d lines, %3d modelled (%.0f%%), %3d warnings%n", file, lines, modelled,
                100.0 * modelled / lines, warned.size());
        assertTrue(modelled > 0);
        assertNotNull(router.hostname());
    }

    @org.junit.jupiter.api.Test
    void modelledLinesTakeEffect() throws IOException {
        Router router = new Lab("t", new Kernel(1)).addRouter("r1");
        ConfigLoader.apply(router, resource("c2901-branch.cfg"));
        assertEquals("AZ-RT01", router.hostname());
        assertTrue(router.services().passwordEncryption());
        assertEquals("\nUNAUTHORIZED ACCESS TO THIS DEVICE IS PROHIBITED\n\n"
                + "You must have explicit, authorized permission to access or configure this device.\n",
                router.banners().text(Banners.Kind.MOTD));
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("interface GigabitEthernet0/0\n ip address 192.168.1.1 255.255.255.0\n"), running);
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = RealWorldConfigsTest.class.getResourceAsStream("realworld/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
