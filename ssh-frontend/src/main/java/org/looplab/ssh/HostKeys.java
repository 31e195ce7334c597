package org.looplab.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The lab's SSH host keys, as a current OpenSSH has them: Ed25519, RSA (3072 bits, signed with
 * rsa-sha2-512/256 only) and ECDSA (P-521, looplab's first and once only key, kept so that existing
 * known_hosts entries stay valid). Each is generated once, in OpenSSH's format, in the state folder and
 * readable by the owner only, so clients see the same keys run after run.
 */
final class HostKeys {
    static final String ECDSA_FILE = "ssh-host-key";
    static final String ED25519_FILE = "ssh-host-key-ed25519";
    static final String RSA_FILE = "ssh-host-key-rsa";

    private HostKeys() {
    }

    static KeyPairProvider load(Path stateDir) throws IOException {
        List<KeyPair> keys = new ArrayList<>();
        keys.addAll(loadOrGenerate(stateDir.resolve(ED25519_FILE), "EdDSA", 256));
        keys.addAll(loadOrGenerate(stateDir.resolve(RSA_FILE), "RSA", 3072));
        keys.addAll(loadOrGenerate(stateDir.resolve(ECDSA_FILE), "EC", 521));
        return KeyPairProvider.wrap(keys);
    }

    private static List<KeyPair> loadOrGenerate(Path file, String algorithm, int bits) throws IOException {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm(algorithm);
        provider.setKeySize(bits);
        List<KeyPair> keys = provider.loadKeys(null);
        if (keys.isEmpty()) {
            throw new IOException("cannot read or create the host key " + file);
        }
        OwnerOnlyFiles.file(file);
        return keys;
    }
}
