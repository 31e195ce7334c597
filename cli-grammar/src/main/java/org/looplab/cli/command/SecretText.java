package org.looplab.cli.command;

import java.util.Random;
import org.looplab.config.Secret;

/**
 * A credential as typed: {@code secret [0|5|8|9] TEXT} (plain text is hashed as {@code hashType}: 5, or 8
 * or 9 after {@code algorithm-type sha256|scrypt}) or {@code password [0|7] TEXT}.
 */
public record SecretText(int type, String text, boolean password, int hashType) {
    public SecretText(int type, String text) {
        this(type, text, false, 5);
    }

    /** IOS's answer to {@code secret 5} followed by something that is not an MD5-crypt hash. */
    public static final String INVALID_TYPE_5 = invalidHash(5);

    /** IOS's answer to a hashed secret of type N that is not one. */
    public static String invalidHash(int type) {
        return "ERROR: The secret you entered is not a valid encrypted secret.\n"
                + "To enter an UNENCRYPTED secret, do not specify type " + type + " encryption.\n"
                + "When you properly enter an UNENCRYPTED secret, it will be encrypted.\n";
    }

    /** The secret, or null when a hash (or a type 7 text) is malformed. */
    public Secret toSecret(Random random) {
        if (password) {
            return type == 7 ? Secret.type7Password(text) : Secret.password(text);
        }
        return type == 0 ? Secret.fromPlainText(text, hashType, random) : Secret.fromHash(type, text);
    }

    /** What IOS prints when {@link #toSecret} gives null. */
    public String refusal() {
        return password ? "Invalid encrypted password: " + text + "\n" : invalidHash(type);
    }
}
