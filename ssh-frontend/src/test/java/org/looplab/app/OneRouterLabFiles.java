package org.looplab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a lab of one IOSv router, r1, with the startup-config a test gives, into a folder. */
final class OneRouterLabFiles {
    private OneRouterLabFiles() {
    }

    /** Writes {@code folder/one.clab.yml} and {@code folder/r1.cfg}; returns the folder (the topology). */
    static Path write(Path folder, String r1Config) throws IOException {
        Files.writeString(folder.resolve("r1.cfg"), r1Config);
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        return folder;
    }
}
