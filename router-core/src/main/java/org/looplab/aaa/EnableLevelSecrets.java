package org.looplab.aaa;

import java.util.Map;
import java.util.TreeMap;
import org.looplab.config.Secret;
import org.looplab.router.Router;

/**
 * {@code enable secret level N ...} and {@code enable password level N ...} for levels 1-14: what
 * {@code enable N} asks for. Level 15's are the router's own enable secret and password. Kernel thread only.
 */
public final class EnableLevelSecrets {
    private final Map<Integer, Secret> secrets = new TreeMap<>();
    private final Map<Integer, Secret> passwords = new TreeMap<>();

    public static EnableLevelSecrets of(Router router) {
        return router.attachment(EnableLevelSecrets.class, r -> new EnableLevelSecrets());
    }

    /** The secret {@code enable N} checks (the secret before the password, as IOS), or null when none is set. */
    public static Secret check(Router router, int level) {
        if (level >= 15) {
            return router.enableCheck();
        }
        EnableLevelSecrets levels = router.attachmentIfPresent(EnableLevelSecrets.class);
        if (levels == null) {
            return null;
        }
        Secret secret = levels.secrets.get(level);
        return secret != null ? secret : levels.passwords.get(level);
    }

    /** Sets (or with null removes) a level's secret, or its password when {@code password}. */
    public void set(int level, boolean password, Secret secret) {
        Map<Integer, Secret> target = password ? passwords : secrets;
        if (secret == null) {
            target.remove(level);
        } else {
            target.put(level, secret);
        }
    }

    public Map<Integer, Secret> secrets() {
        return secrets;
    }

    public Map<Integer, Secret> passwords() {
        return passwords;
    }
}
