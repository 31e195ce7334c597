package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** render -> load -> render gives the same text, without warnings, for every shipped and test config. */
class RunningConfigRoundTripTest {
    static Stream<Path> configs() throws IOException {
        Stream<Path> shipped = Files.walk(Path.of("../topologies")).filter(path -> path.toString().endsWith(".cfg"));
        Stream<Path> tests = Files.walk(Path.of("src/test/resources/org/looplab/cli/config/testconfigs"))
                .filter(path -> path.toString().endsWith(".cfg"));
        return Stream.concat(shipped, tests).sorted();
    }

    @ParameterizedTest
    @MethodSource("configs")
    void renderLoadRenderIsStable(Path config) throws IOException {
        Router original = new Lab("a", new Kernel(1)).addRouter("R1");
        ConfigLoader.apply(original, Files.readString(config));
        String written = RunningConfigWriter.render(original);
        Router copy = new Lab("b", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, written), written);
        assertEquals(written, RunningConfigWriter.render(copy));
        assertFalse(written.isBlank());
    }
}
