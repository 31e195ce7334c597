package org.looplab.cli.config;

import org.looplab.router.Router;
import org.looplab.vty.SshServerState;

/**
 * {@code ip domain name}, the {@code ip ssh} lines and {@code ip scp server enable}, before the interfaces as IOS 15 writes them. The
 * RSA key is not written (IOS keeps it in NVRAM); a startup-config that should come up with SSH carries
 * its {@code crypto key generate rsa} line.
 */
final class SshServerLines {
    private SshServerLines() {
    }

    static String render(Router router) {
        SshServerState ssh = router.attachmentIfPresent(SshServerState.class);
        if (ssh == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (ssh.domainName() != null) {
            out.append("ip domain-name ").append(ssh.domainName()).append('\n');
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
        if (ssh.scpServer()) {
            out.append("ip scp server enable\n");
        }
        return out.isEmpty() ? "" : out.append("!\n").toString();
    }
}
