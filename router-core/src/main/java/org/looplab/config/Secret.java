package org.looplab.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.apache.commons.codec.digest.Md5Crypt;

/**
 * An IOS "secret" (type 5): an MD5-crypt hash such as {@code $1$mERr$hx5rVt7rPNoS4wqbXKX7m0}. The plain
 * text is never kept, printed or logged; {@link #toString()} shows the hash only.
 */
public final class Secret {
    private static final String SALT_CHARS = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** IOS uses four salt characters. */
    private static final int SALT_LENGTH = 4;

    private final String hash;

    private Secret(String hash) {
        this.hash = hash;
    }

    /** Hashes a plain-text secret with a fresh salt drawn from {@code random}. */
    public static Secret fromPlainText(String plainText, Random random) {
        StringBuilder salt = new StringBuilder("$1$");
        for (int i = 0; i < SALT_LENGTH; i++) {
            salt.append(SALT_CHARS.charAt(random.nextInt(SALT_CHARS.length())));
        }
        return new Secret(Md5Crypt.md5Crypt(plainText.getBytes(StandardCharsets.UTF_8), salt.toString()));
    }

    /** Takes an already hashed type 5 secret as it appears in a configuration; null when malformed. */
    public static Secret fromType5Hash(String hash) {
        String[] parts = hash.split("\\$", -1);
        boolean wellFormed = parts.length == 4 && parts[0].isEmpty() && parts[1].equals("1")
                && !parts[2].isEmpty() && parts[2].length() <= 8 && parts[3].length() == 22;
        return wellFormed ? new Secret(hash) : null;
    }

    public boolean matches(String plainText) {
        int saltEnd = hash.lastIndexOf('$');
        String computed = Md5Crypt.md5Crypt(plainText.getBytes(StandardCharsets.UTF_8), hash.substring(0, saltEnd));
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The hash as {@code show running-config} prints it after {@code secret 5 }. */
    public String hash() {
        return hash;
    }

    public int type() {
        return 5;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.hash.equals(hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "secret 5 " + hash;
    }
}
