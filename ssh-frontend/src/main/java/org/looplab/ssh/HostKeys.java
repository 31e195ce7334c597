package org.looplab.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The lab's SSH host keys, as a current OpenSSH server has them: Ed25519, RSA (3072 bits, signed with
 * rsa-sha2-512/256 only) and ECDSA (P-521, looplab's first key type, kept so that existing clients that
 * pinned it stay valid). Each is generated once, in OpenSSH's format and under sshd's file names
 * ({@code ssh_host_ed25519_key} and its {@code .pub}), readable by the owner only. The folder is the
 * user's looplab folder by default, so every lab presents the same keys and a client's known_hosts never
 * sees a key change when the same port serves another lab.
 */
final class HostKeys {
    static final String ED25519_FILE = "ssh_host_ed25519_key";
    static final String RSA_FILE = "ssh_host_rsa_key";
    static final String ECDSA_FILE = "ssh_host_ecdsa_key";

    private HostKeys() {
    }

    static KeyPairProvider load(Path folder) throws IOException {
        List<KeyPair> keys = new ArrayList<>();
        keys.addAll(loadOrGenerate(folder.resolve(ED25519_FILE), "EdDSA", 256));
        keys.addAll(loadOrGenerate(folder.resolve(RSA_FILE), "RSA", 3072));
        keys.addAll(loadOrGenerate(folder.resolve(ECDSA_FILE), "EC", 521));
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
        // As ssh-keygen leaves it: 'ssh-keygen -lf FILE.pub' shows the fingerprint a client is asked about.
        Path publicFile = file.resolveSibling(file.getFileName() + ".pub");
        if (!Files.exists(publicFile)) {
            Files.writeString(publicFile, PublicKeyEntry.toString(keys.get(0).getPublic()) + " looplab\n",
                    StandardCharsets.US_ASCII);
            OwnerOnlyFiles.file(publicFile);
        }
        return keys;
    }
}
