package org.looplab.cli.show.bgp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real IOS output from ../shared/ios-reference/samples (skips the test when absent, unless CI requires it). */
final class IosSample {
    private IosSample() {
    }

    static String read(String name) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/ios-reference/samples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        if ("1".equals(System.getenv("LOOPLAB_E2E_REQUIRED"))) {
            assertNotNull(null, "../shared/ios-reference/samples/" + name + " not found");
        }
        assumeTrue(false, "../shared/ios-reference/samples/" + name + " not found");
        return null;
    }
}
