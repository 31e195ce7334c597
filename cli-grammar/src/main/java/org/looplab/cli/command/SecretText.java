package org.looplab.cli.command;

import java.util.Random;
import org.looplab.config.Secret;

/** The {@code [0|5] TEXT} of a secret as typed: type 0 (or none) is plain text, type 5 a hash. */
public record SecretText(int type, String text) {
    /** IOS's answer to {@code secret 5} followed by something that is not an MD5-crypt hash. */
    public static final String INVALID_TYPE_5 = "ERROR: The secret you entered is not a valid encrypted secret.\n"
            + "To enter an UNENCRYPTED secret, do not specify type 5 encryption.\n"
            + "When you properly enter an UNENCRYPTED secret, it will be encrypted.\n";

    /** The secret, or null when a type 5 hash is malformed. */
    public Secret toSecret(Random random) {
        return type == 5 ? Secret.fromType5Hash(text) : Secret.fromPlainText(text, random);
    }
}
