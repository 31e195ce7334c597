package org.looplab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a lab of two IOSv routers, r1:Gi0/0 to r2:Gi0/0, with the startup-configs a test gives. */
final class TwoRouterLabFiles {
    private TwoRouterLabFiles() {
    }

    /** Returns the topology file, {@code folder/lab/NAME.clab.yml}. */
    static Path write(Path folder, String name, String r1Config, String r2Config) throws IOException {
        Path lab = folder.resolve("lab");
        Files.createDirectories(lab);
        Path topology = lab.resolve(name + ".clab.yml");
        Files.writeString(topology, String.join("\n",
                "name: " + name,
                "topology:",
                "  nodes:",
                "    r1: { kind: cisco_iosv, startup-config: r1.cfg }",
                "    r2: { kind: cisco_iosv, startup-config: r2.cfg }",
                "  links:",
                "    - endpoints: [\"r1:Gi0/0\", \"r2:Gi0/0\"]", ""));
        Files.writeString(lab.resolve("r1.cfg"), r1Config);
        Files.writeString(lab.resolve("r2.cfg"), r2Config);
        return topology;
    }
}
