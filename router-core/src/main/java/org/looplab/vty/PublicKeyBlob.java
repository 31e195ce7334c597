package org.looplab.vty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An SSH public key in its wire form (RFC 4253 section 6.6: a string naming the type, then the key's
 * fields), and IOS's hash of it: the MD5 of the blob in upper-case hex without colons, what
 * {@code ssh-keygen -l -E md5} prints as {@code MD5:aa:bb:...}.
 */
public record PublicKeyBlob(String type, byte[] bytes) {
    public static final String SSH_RSA = "ssh-rsa";

    /** The blob's type name, read from its first field; empty when the bytes are not a key blob. */
    public static Optional<PublicKeyBlob> of(byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int length = buffer.getInt();
            if (length <= 0 || length > 64 || length > buffer.remaining()) {
                return Optional.empty();
            }
            byte[] name = new byte[length];
            buffer.get(name);
            return Optional.of(new PublicKeyBlob(new String(name, StandardCharsets.US_ASCII), bytes.clone()));
        } catch (java.nio.BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    /**
     * What {@code key-string} was given, its lines joined: the base64 blob, optionally after its type
     * name as in an OpenSSH {@code .pub} line. Empty when it does not decode to an ssh-rsa key blob (IOS 15
     * takes RSA keys only), or when anything follows the blob (IOS refuses a key comment there).
     */
    public static Optional<PublicKeyBlob> fromKeyString(String text) {
        String[] words = text.strip().split("\\s+");
        int at = words.length > 0 && words[0].equals(SSH_RSA) ? 1 : 0;
        if (words.length != at + 1) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(words[at]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return of(bytes).filter(blob -> blob.type().equals(SSH_RSA));
    }

    /** IOS's key-hash: MD5 of the blob, upper-case hex, no colons. */
    public String hash() {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }
}
