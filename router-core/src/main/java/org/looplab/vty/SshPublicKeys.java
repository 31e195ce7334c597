package org.looplab.vty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.looplab.router.Router;

/**
 * {@code ip ssh pubkey-chain}: the public keys each user may log in with, as IOS keeps them: by the
 * key's hash only ({@code key-hash ssh-rsa HASH [COMMENT]}, the MD5 of the key blob), whether typed as
 * a hash or as a {@code key-string}. A client proves it holds the private key (SSH does that); the
 * router only checks that the key's hash is one of the user's. Users keep the order they were
 * configured in, keys too. Kernel thread only.
 */
public final class SshPublicKeys {
    /** One {@code key-hash} line: the key type (IOS 15 takes ssh-rsa only), its hash and an optional comment. */
    public record Key(String type, String hash, String comment) {
        boolean matches(String otherType, String otherHash) {
            return type.equals(otherType) && hash.equalsIgnoreCase(otherHash);
        }
    }

    private final Map<String, List<Key>> users = new LinkedHashMap<>();

    public static SshPublicKeys of(Router router) {
        return router.attachment(SshPublicKeys.class, r -> new SshPublicKeys());
    }

    public static SshPublicKeys ifPresent(Router router) {
        return router.attachmentIfPresent(SshPublicKeys.class);
    }

    /** {@code username NAME} inside the chain: the user exists from then on, with or without keys. */
    public void addUser(String name) {
        users.computeIfAbsent(name, key -> new ArrayList<>());
    }

    public void removeUser(String name) {
        users.remove(name);
    }

    /** Adds a key to a user; the same hash again replaces its comment. */
    public void addKey(String user, Key key) {
        List<Key> keys = users.computeIfAbsent(user, name -> new ArrayList<>());
        keys.removeIf(old -> old.matches(key.type(), key.hash()));
        keys.add(key);
    }

    /** {@code no key-hash ssh-rsa HASH}; without a hash every key of the user. */
    public void removeKey(String user, String hash) {
        List<Key> keys = users.get(user);
        if (keys != null) {
            keys.removeIf(key -> hash == null || key.hash().equalsIgnoreCase(hash));
        }
    }

    /** {@code no ip ssh pubkey-chain}. */
    public void clear() {
        users.clear();
    }

    /** The users in configuration order, each with its keys. */
    public Map<String, List<Key>> users() {
        return java.util.Collections.unmodifiableMap(users);
    }

    /** True when {@code user} has a key of this type and hash (the hash as {@link PublicKeyBlob#hash}). */
    public boolean accepts(String user, String type, String hash) {
        List<Key> keys = user == null ? null : users.get(user);
        return keys != null && keys.stream().anyMatch(key -> key.matches(type, hash.toUpperCase(Locale.ROOT)));
    }
}
