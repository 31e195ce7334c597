package org.looplab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** {@code graph [FILE]}: the lab as Graphviz DOT with each cable's state. */
class GraphCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private String run(LabConsole console, String line) {
        printed.reset();
        assertTrue(console.execute(line));
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cablesShowUpDownAndImpaired() throws Exception {
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("tri", kernel);
        Router r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        Router r3 = lab.addRouter("r3");
        kernel.call(() -> {
            lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
            lab.connect(r1, InterfaceName.gigabitEthernet(1), r3, InterfaceName.gigabitEthernet(0));
            lab.connect(r2, InterfaceName.gigabitEthernet(1), r3, InterfaceName.gigabitEthernet(1));
            for (Router router : lab.routers()) {
                for (var port : List.copyOf(router.interfaces())) {
                    if (port.name().isPhysicalPort()) {
                        router.setShutdown(port, false);
                    }
                }
            }
            return null;
        });
        LabConsole console = new LabConsole(lab, List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        run(console, "link r1:Gi0/0 down");
        run(console, "link r1:Gi0/1 loss 5");
        run(console, "link r2:Gi0/1 delay 2 jitter 0.5");
        String dot = run(console, "graph");
        assertTrue(dot.startsWith("graph \"tri\" {\n"), dot);
        assertTrue(dot.contains("  \"r1\" -- \"r2\" [taillabel=\"Gi0/0\", headlabel=\"Gi0/0\", label=\"down\", style=dashed, color=red];\n"), dot);
        assertTrue(dot.contains("  \"r1\" -- \"r3\" [taillabel=\"Gi0/1\", headlabel=\"Gi0/0\", label=\"loss 5%\", color=orange, penwidth=2];\n"), dot);
        assertTrue(dot.contains("label=\"jitter 0.5 ms\""), dot);
        run(console, "router r3 crash");
        assertTrue(run(console, "graph").contains("  \"r3\" [label=\"r3\", style=\"rounded,dashed\", color=red, xlabel=\"no power\"];\n"));

        Path file = folder.resolve("lab.dot");
        assertTrue(run(console, "graph " + file).startsWith("wrote " + file + " (Graphviz DOT;"));
        assertTrue(Files.readString(file).contains("label=\"down\""));
        String svg = run(console, "graph " + folder.resolve("lab.svg"));
        assertTrue(svg.startsWith("wrote " + folder.resolve("lab.svg") + " (and its DOT source")
                || svg.startsWith("wrote " + folder.resolve("lab.dot") + "; no SVG: Graphviz's dot is not installed"), svg);
        assertEquals("usage: graph [FILE]", run(console, "graph a b").substring(0, 19));
    }
}
