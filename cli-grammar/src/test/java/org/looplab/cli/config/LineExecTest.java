package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * {@code exec} under a line: {@code no exec} is its own setting, never read as {@code no exec-timeout}
 * (the word equals a keyword of the position, so it is that keyword, not an abbreviation of a longer one).
 */
class LineExecTest {
    private final Router router = new Lab("t", new Kernel(1)).addRouter("R1");

    private String lines() {
        String config = RunningConfigWriter.render(router);
        return config.substring(config.indexOf("line con 0"));
    }

    @Test
    void noExecIsWrittenUnderItsLineAndLeavesExecTimeoutAlone() {
        assertEquals(List.of(), ConfigLoader.apply(router, """
                line aux 0
                 exec-timeout 0 1
                 no exec
                 transport input none
                line vty 0 4
                 exec-timeout 5 0
                 login local
                 no exec
                 transport input ssh
                """));
        String lines = lines();
        assertTrue(lines.contains("line aux 0\n exec-timeout 0 1\n no exec\n transport input none\n"), lines);
        assertTrue(lines.contains("line vty 0 4\n exec-timeout 5 0\n login local\n no exec\n transport input ssh\n"), lines);

        Router copy = new Lab("c", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, RunningConfigWriter.render(router)));
        assertEquals(RunningConfigWriter.render(router), RunningConfigWriter.render(copy));
    }

    @Test
    void execAndDefaultExecGiveTheLineItsExecBack() {
        ConfigLoader.apply(router, "line vty 0 4\n no exec\nline aux 0\n no exec\n");
        assertEquals(List.of(), ConfigLoader.apply(router, "line vty 0 4\n exec\nline aux 0\n default exec\n"));
        assertFalse(lines().contains("exec"), lines());
    }
}
