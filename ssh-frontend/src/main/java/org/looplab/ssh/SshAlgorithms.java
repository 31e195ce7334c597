package org.looplab.ssh;

import java.util.List;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * The algorithms the lab's SSH server offers, in order of preference, hardened as a current OpenSSH or
 * more (what ssh-audit asks for): key exchange with the post-quantum hybrid sntrup761 or curve25519
 * first, then large finite-field groups, never the NIST curves or SHA-1; AEAD ciphers first and CTR only
 * with encrypt-then-MAC SHA-2 MACs; Ed25519, RSA with SHA-2 and ECDSA host-key signatures, never ssh-rsa
 * (SHA-1) or DSA; no compression at all (none before authentication, and the CLI's text is small).
 * Paramiko 2.12 (Netmiko, Ansible) finds curve25519, aes-ctr and the ETM MACs here.
 */
final class SshAlgorithms {
    static final List<BuiltinDHFactories> KEY_EXCHANGES = List.of(
            BuiltinDHFactories.sntrup761x25519_openssh,
            BuiltinDHFactories.curve25519,
            BuiltinDHFactories.curve25519_libssh,
            BuiltinDHFactories.dhg16_512,
            BuiltinDHFactories.dhg18_512,
            BuiltinDHFactories.dhgex256);
    static final List<NamedFactory<Cipher>> CIPHERS = List.of(
            BuiltinCiphers.cc20p1305_openssh,
            BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128gcm,
            BuiltinCiphers.aes256ctr,
            BuiltinCiphers.aes192ctr,
            BuiltinCiphers.aes128ctr);
    static final List<NamedFactory<Mac>> MACS = List.of(BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256etm);
    static final List<NamedFactory<Signature>> HOST_KEY_SIGNATURES = List.of(
            BuiltinSignatures.ed25519,
            BuiltinSignatures.rsaSHA512,
            BuiltinSignatures.rsaSHA256,
            BuiltinSignatures.nistp521);

    private SshAlgorithms() {
    }

    static void apply(SshServer server) {
        server.setKeyExchangeFactories(
                NamedFactory.setUpTransformedFactories(false, KEY_EXCHANGES, ServerBuilder.DH2KEX));
        server.setCipherFactories(CIPHERS);
        server.setMacFactories(MACS);
        server.setSignatureFactories(HOST_KEY_SIGNATURES);
        server.setCompressionFactories(List.of(BuiltinCompressions.none));
    }
}
