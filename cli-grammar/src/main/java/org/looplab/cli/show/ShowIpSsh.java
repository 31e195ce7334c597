package org.looplab.cli.show;

import org.looplab.router.Router;
import org.looplab.vty.SshServerState;

/**
 * {@code show ip ssh} as IOS 15 prints it: enabled once an RSA key exists, the version ({@code 1.99}
 * unless {@code ip ssh version} says 1 (shown {@code 1.5}) or 2), the authentication timeout ({@code ip ssh time-out}, IOS's 120 s)
 * and retries. The key's SECSH text is left out when enabled: the router's RSA key is only its modulus
 * here (the host's SSH server holds the real host keys); without one IOS prints NONE.
 */
public final class ShowIpSsh {
    private ShowIpSsh() {
    }

    public static String render(Router router) {
        SshServerState ssh = router.attachmentIfPresent(SshServerState.class);
        boolean enabled = ssh != null && ssh.enabled();
        Integer version = ssh == null ? null : ssh.version();
        int retries = ssh == null ? SshServerState.DEFAULT_RETRIES : ssh.authenticationRetries();
        int timeout = ssh == null ? SshServerState.DEFAULT_TIMEOUT_SECONDS : ssh.timeoutSeconds();
        StringBuilder out = new StringBuilder("SSH ").append(enabled ? "Enabled" : "Disabled").append(" - version ")
                .append(version == null ? "1.99" : version == 1 ? "1.5" : "2.0").append('\n');
        if (!enabled) {
            out.append("%Please create RSA keys to enable SSH (and of atleast 768 bits for SSH v2).\n");
        }
        out.append("Authentication timeout: ").append(timeout).append(" secs; Authentication retries: ")
                .append(retries).append('\n')
                .append("Minimum expected Diffie Hellman key size : 1024 bits\n");
        if (!enabled) {
            out.append("IOS Keys in SECSH format(ssh-rsa, base64 encoded): NONE\n");
        }
        return out.toString();
    }
}
