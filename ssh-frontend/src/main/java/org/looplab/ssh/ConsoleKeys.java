package org.looplab.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Who may use the lab console over SSH: whoever holds the private half of a public key in the user's
 * {@code console_authorized_keys} (OpenSSH's authorized_keys format, in the user's looplab folder) or of
 * the user's own OpenSSH keys ({@code ~/.ssh/id_*.pub}, the ones {@code ssh} offers by default), so the
 * user who started the lab gets in with a plain {@code ssh -p PORT 127.0.0.1}. The console acts as that
 * user (it writes files, attaches to routers at privilege 15), hence a key, never a router's password.
 * The files are read at each attempt: a key added while the lab runs works at once.
 */
public final class ConsoleKeys implements PublickeyAuthenticator {
    public static final String AUTHORIZED_KEYS = "console_authorized_keys";
    private static final List<String> OWN_KEYS = List.of("id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub",
            "id_ed25519_sk.pub", "id_ecdsa_sk.pub");

    private final List<Path> files;

    private ConsoleKeys(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The keys of {@code userFolder}'s console_authorized_keys and of {@code sshFolder}'s id_*.pub. */
    public static ConsoleKeys of(Path userFolder, Path sshFolder) {
        List<Path> files = new ArrayList<>();
        files.add(userFolder.resolve(AUTHORIZED_KEYS));
        OWN_KEYS.forEach(name -> files.add(sshFolder.resolve(name)));
        return new ConsoleKeys(files);
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(file)) {
                    PublicKey allowed = entry.resolvePublicKey(session, PublicKeyEntryResolver.IGNORING);
                    if (allowed != null && KeyUtils.compareKeys(allowed, key)) {
                        return true;
                    }
                }
            } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
                // a file that cannot be read or parsed authorizes nobody
            }
        }
        return false;
    }
}
