package org.looplab.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's looplab folder, for what serves all of a user's labs rather than one: the SSH host keys
 * (so known_hosts never sees a key change between labs) and the console's authorized keys.
 * {@code $LOOPLAB_USER_DIR} when set, else {@code ~/.looplab}, beside {@code ~/.ssh} as OpenSSH keeps its
 * own. Each lab's saved configs stay in its state folder. (LOOPLAB_HOME is another thing: the checkout
 * whose topologies/ the launcher finds the default lab in.)
 */
final class UserFolder {
    static final String VARIABLE = "LOOPLAB_USER_DIR";

    private UserFolder() {
    }

    static Path of(Map<String, String> environment, String userHome) {
        String set = environment.get(VARIABLE);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        return Path.of(userHome, ".looplab");
    }

    static Path current() {
        return of(System.getenv(), System.getProperty("user.home"));
    }
}
