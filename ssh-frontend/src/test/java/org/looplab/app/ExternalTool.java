package org.looplab.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * End-to-end tests need real clients (OpenSSH with sshpass, Netmiko, Ansible). Without one, a test is
 * skipped on a developer's machine, but fails when LOOPLAB_E2E_REQUIRED=1 (CI installs them all).
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** True when an executable {@code program} is in one of PATH's folders. */
    public static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    public static void require(boolean installed, String what) {
        if (installed) {
            return;
        }
        if ("1".equals(System.getenv("LOOPLAB_E2E_REQUIRED"))) {
            fail(what + " is required (LOOPLAB_E2E_REQUIRED=1)");
        }
        Assumptions.abort(what + " is not installed");
    }
}
