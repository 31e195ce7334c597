package org.looplab.ssh;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.looplab.router.Router;

/**
 * Who logged in, to which router and at which privilege; kept on the SSH session after authentication.
 * {@code vty} is the line the connection took ({@link VtyGate}), or null.
 */
public record SessionUser(Router router, String userName, int privilege, String peerAddress,
                          org.looplab.router.VtySessions.Session vty) {
    public static final AttributeKey<SessionUser> KEY = new AttributeKey<>();

    public SessionUser(Router router, String userName, int privilege, String peerAddress) {
        this(router, userName, privilege, peerAddress, null);
    }
}
