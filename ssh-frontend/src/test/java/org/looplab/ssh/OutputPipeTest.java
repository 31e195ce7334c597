package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputPipeTest {
    private static final String CONFIG = "hostname R1\n!\ninterface Loopback0\n ip address 10.0.0.1 255.255.255.255\n"
            + "!\ninterface GigabitEthernet0/0\n shutdown\n!\nend\n";

    private static String run(String line, String output) {
        OutputPipe.Split split = OutputPipe.split(line);
        return split.pipe().apply(output);
    }

    @Test
    void filtersWithAbbreviatedKeywords() {
        assertEquals("hostname R1\n", run("sh run | i host", CONFIG));
        assertEquals("interface Loopback0\ninterface GigabitEthernet0/0\n", run("show run | include ^interface", CONFIG));
        assertEquals("hostname R1\n", run("show run | ex ^(!|interface| |end)", CONFIG));
        assertEquals("interface GigabitEthernet0/0\n shutdown\n!\nend\n", run("show run | begin Gigabit", CONFIG));
        assertEquals("interface Loopback0\n ip address 10.0.0.1 255.255.255.255\n", run("show run | section Loopback", CONFIG));
        assertEquals("Number of lines which match regexp = 2\n", run("show run | count interface", CONFIG));
        assertEquals("show run ", OutputPipe.split("show run | i x").command());
    }

    @Test
    void onlyShowCommandsArePiped() {
        OutputPipe.Split description = OutputPipe.split("description a | b");
        assertNull(description.pipe());
        assertEquals("description a | b", description.command());
        assertTrue(OutputPipe.split("do sh run | i host").pipe() != null);
    }

    @Test
    void badFilterPutsTheCaretUnderIt() {
        OutputPipe.Split split = OutputPipe.split("show run | frobnicate x");
        assertTrue(split.invalid());
        assertEquals("   " + " ".repeat(11) + "^\n% Invalid input detected at '^' marker.\n\n",
                OutputPipe.invalidInput(3, split.errorColumn()));
    }
}
