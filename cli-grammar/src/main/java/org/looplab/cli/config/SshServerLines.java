package org.looplab.cli.config;

import org.looplab.router.Router;
import org.looplab.vty.SshPublicKeys;
import org.looplab.vty.SshServerState;

/**
 * The {@code ip ssh} lines, the pubkey chain and {@code ip scp server enable}, before the interfaces as IOS 15 writes them. The
 * RSA key is not written (IOS keeps it in NVRAM); a startup-config that should come up with SSH carries
 * its {@code crypto key generate rsa} line.
 */
final class SshServerLines {
    private SshServerLines() {
    }

    /** {@code ip domain name X}, IOS 15's form, written among the kept lines before the usernames; "" when unset. */
    static String domainName(Router router) {
        SshServerState ssh = router.attachmentIfPresent(SshServerState.class);
        return ssh == null || ssh.domainName() == null ? "" : "ip domain name " + ssh.domainName() + "\n";
    }

    static String render(Router router) {
        SshServerState ssh = router.attachmentIfPresent(SshServerState.class);
        StringBuilder out = new StringBuilder();
        if (ssh != null) {
            settings(ssh, out);
        }
        pubkeyChain(SshPublicKeys.ifPresent(router), out);
        if (ssh != null && ssh.scpServer()) {
            out.append("ip scp server enable\n");
        }
        return out.isEmpty() ? "" : out.append("!\n").toString();
    }

    private static void settings(SshServerState ssh, StringBuilder out) {
        if (ssh.timeoutSeconds() != SshServerState.DEFAULT_TIMEOUT_SECONDS) {
            out.append("ip ssh time-out ").append(ssh.timeoutSeconds()).append('\n');
        }
        if (ssh.authenticationRetries() != SshServerState.DEFAULT_RETRIES) {
            out.append("ip ssh authentication-retries ").append(ssh.authenticationRetries()).append('\n');
        }
        if (ssh.sourceInterface() != null) {
            out.append("ip ssh source-interface ").append(ssh.sourceInterface().fullName()).append('\n');
        }
        if (ssh.version() != null) {
            out.append("ip ssh version ").append(ssh.version()).append('\n');
        }
    }

    /**
     * As IOS 15 writes the chain: users indented by two, their keys by three, each key as its hash (a key
     * typed as key-string too); without a comment IOS leaves a space after the hash.
     */
    private static void pubkeyChain(SshPublicKeys chain, StringBuilder out) {
        if (chain == null || chain.users().isEmpty()) {
            return;
        }
        out.append("ip ssh pubkey-chain\n");
        chain.users().forEach((user, keys) -> {
            out.append("  username ").append(user).append('\n');
            for (SshPublicKeys.Key key : keys) {
                out.append("   key-hash ").append(key.type()).append(' ').append(key.hash()).append(' ')
                        .append(key.comment() == null ? "" : key.comment()).append('\n');
            }
        });
    }
}
