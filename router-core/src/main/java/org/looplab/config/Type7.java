package org.looplab.config;

import java.util.Random;

/**
 * IOS's reversible "type 7" password encoding (a Vigenère-like XOR with a fixed key). It only hides a
 * password from a glance at the screen; IOS uses it where the device needs the text back (BGP's
 * RFC 2385 key, line passwords under {@code service password-encryption}).
 */
public final class Type7 {
    private static final String KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
    /** IOS draws the starting offset from 0..15. */
    private static final int MAX_SEED = 15;

    private Type7() {
    }

    public static String encode(String plainText, Random random) {
        int seed = random.nextInt(MAX_SEED + 1);
        StringBuilder out = new StringBuilder(String.format("%02d", seed));
        for (int i = 0; i < plainText.length(); i++) {
            int encoded = plainText.charAt(i) ^ KEY.charAt((seed + i) % KEY.length());
            out.append(String.format("%02X", encoded & 0xFF));
        }
        return out.toString();
    }

    /** The plain text, or null when {@code encoded} is not a well-formed type 7 string. */
    public static String decode(String encoded) {
        if (encoded.length() < 2 || encoded.length() % 2 != 0) {
            return null;
        }
        try {
            int seed = Integer.parseInt(encoded.substring(0, 2));
            if (seed > MAX_SEED) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 2; i < encoded.length(); i += 2) {
                int value = Integer.parseInt(encoded.substring(i, i + 2), 16);
                out.append((char) (value ^ KEY.charAt((seed + (i - 2) / 2) % KEY.length())));
            }
            return out.toString();
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
