package org.looplab.ssh;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.looplab.router.Router;

/** Who logged in, to which router and at which privilege; kept on the SSH session after authentication. */
public record SessionUser(Router router, String userName, int privilege, String peerAddress) {
    public static final AttributeKey<SessionUser> KEY = new AttributeKey<>();
}
