package org.looplab.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.commons.codec.digest.Md5Crypt;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * A credential as IOS configs write it, and how to check a typed password against it:
 * <ul>
 * <li>{@code secret 5 $1$salt$hash}: MD5-crypt (commons-codec's Md5Crypt);</li>
 * <li>{@code secret 8 $8$salt$hash}: PBKDF2-HMAC-SHA256, 20,000 rounds, 14-character salt (the JDK);</li>
 * <li>{@code secret 9 $9$salt$hash}: scrypt, N=16384, r=1, p=1 (Bouncy Castle);</li>
 * <li>{@code password 0 TEXT} and {@code password 7 HEX}: a reversible password (type 7 is decoded).</li>
 * </ul>
 * Types 8 and 9 encode their 32-byte digest in base64 with the alphabet {@code ./0-9A-Za-z}. The plain
 * text of a secret is never kept; {@link #toString()} shows what running-config shows.
 */
public final class Secret {
    private static final String SALT_CHARS = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String STANDARD_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** IOS uses four salt characters for type 5 and fourteen for types 8 and 9. */
    private static final int MD5_SALT_LENGTH = 4;
    private static final int SALT_LENGTH = 14;
    private static final int PBKDF2_ROUNDS = 20_000;
    private static final int DIGEST_BYTES = 32;

    private final int type;
    private final String text;
    /** Hashes computed so far by type (index 5, 8 or 9): the work a login costs, counted for tests. */
    private static final java.util.concurrent.atomic.AtomicLongArray HASHES = new java.util.concurrent.atomic.AtomicLongArray(10);

    /** How many hashes of {@code type} (5, 8 or 9) this JVM has computed: one per check or creation. */
    public static long hashesComputed(int type) {
        return HASHES.get(type);
    }

    private Secret(int type, String text) {
        this.type = type;
        this.text = text;
    }

    /** Hashes a plain-text secret as type 5 with a fresh salt drawn from {@code random}. */
    public static Secret fromPlainText(String plainText, Random random) {
        return fromPlainText(plainText, 5, random);
    }

    /** Hashes a plain-text secret as type 5, 8 or 9 ({@code algorithm-type md5|sha256|scrypt}). */
    public static Secret fromPlainText(String plainText, int type, Random random) {
        if (type == 5) {
            HASHES.incrementAndGet(5);
            return new Secret(5, Md5Crypt.md5Crypt(plainText.getBytes(StandardCharsets.UTF_8),
                    "$1$" + salt(MD5_SALT_LENGTH, random)));
        }
        String salt = salt(SALT_LENGTH, random);
        return new Secret(type, "$" + type + "$" + salt + "$" + digest(type, plainText, salt));
    }

    /** Takes an already hashed type 5 secret as it appears in a configuration; null when malformed. */
    public static Secret fromType5Hash(String hash) {
        String[] parts = hash.split("\\$", -1);
        boolean wellFormed = parts.length == 4 && parts[0].isEmpty() && parts[1].equals("1")
                && !parts[2].isEmpty() && parts[2].length() <= 8 && parts[3].length() == 22;
        return wellFormed ? new Secret(5, hash) : null;
    }

    /** A hashed secret of type 5, 8 or 9 as a configuration writes it; null when malformed. */
    public static Secret fromHash(int type, String hash) {
        if (type == 5) {
            return fromType5Hash(hash);
        }
        String[] parts = hash.split("\\$", -1);
        boolean wellFormed = (type == 8 || type == 9) && parts.length == 4 && parts[0].isEmpty()
                && parts[1].equals(Integer.toString(type)) && parts[2].length() == SALT_LENGTH
                && parts[3].length() == 43 && (parts[2] + parts[3]).chars().allMatch(c -> SALT_CHARS.indexOf(c) >= 0);
        return wellFormed ? new Secret(type, hash) : null;
    }

    /** {@code password 0 TEXT}: kept as typed, as IOS does without {@code service password-encryption}. */
    public static Secret password(String plainText) {
        return new Secret(0, plainText);
    }

    /** {@code password 7 HEX}: IOS's reversible encoding; null when it does not decode. */
    public static Secret type7Password(String encoded) {
        return Type7.decode(encoded) == null ? null : new Secret(7, encoded);
    }

    public boolean matches(String plainText) {
        String computed;
        switch (type) {
            case 0 -> computed = plainText;
            case 7 -> computed = Type7.decode(text) != null && Type7.decode(text).equals(plainText) ? text : "";
            case 5 -> {
                HASHES.incrementAndGet(5);
                int saltEnd = text.lastIndexOf('$');
                computed = Md5Crypt.md5Crypt(plainText.getBytes(StandardCharsets.UTF_8), text.substring(0, saltEnd));
            }
            default -> {
                String salt = text.split("\\$")[2];
                computed = "$" + type + "$" + salt + "$" + digest(type, plainText, salt);
            }
        }
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(int type, String plainText, String salt) {
        byte[] password = plainText.getBytes(StandardCharsets.UTF_8);
        byte[] saltBytes = salt.getBytes(StandardCharsets.US_ASCII);
        byte[] digest;
        HASHES.incrementAndGet(type);
        if (type == 9) {
            digest = SCrypt.generate(password, saltBytes, 16384, 1, 1, DIGEST_BYTES);
        } else {
            try {
                PBEKeySpec spec = new PBEKeySpec(plainText.toCharArray(), saltBytes, PBKDF2_ROUNDS, DIGEST_BYTES * 8);
                digest = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
            }
        }
        String standard = Base64.getEncoder().withoutPadding().encodeToString(digest);
        StringBuilder cisco = new StringBuilder(standard.length());
        for (char c : standard.toCharArray()) {
            cisco.append(SALT_CHARS.charAt(STANDARD_BASE64.indexOf(c)));
        }
        return cisco.toString();
    }

    private static String salt(int length, Random random) {
        StringBuilder salt = new StringBuilder();
        for (int i = 0; i < length; i++) {
            salt.append(SALT_CHARS.charAt(random.nextInt(SALT_CHARS.length())));
        }
        return salt.toString();
    }

    /** The hash (or password text) as {@code show running-config} prints it after the type. */
    public String hash() {
        return text;
    }

    /** 0, 5, 7, 8 or 9. */
    public int type() {
        return type;
    }

    /** True for the reversible kinds written as {@code password} (0, 7); false for {@code secret}. */
    public boolean isPassword() {
        return type == 0 || type == 7;
    }

    /** {@code secret 5 $1$...} or {@code password 7 0822455D0A16}, as running-config writes it. */
    public String configText() {
        return (isPassword() ? "password " : "secret ") + type + " " + text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.type == type && secret.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return isPassword() ? "password " + type + " ****" : configText();
    }
}
