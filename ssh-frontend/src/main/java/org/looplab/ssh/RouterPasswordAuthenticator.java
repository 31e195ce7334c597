package org.looplab.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.looplab.config.UserAccount;
import org.looplab.router.Router;

/**
 * Checks a password against the {@code username} lines of the router the client connected to (chosen by
 * the local address of the connection). The password is compared on the kernel thread and never logged.
 */
final class RouterPasswordAuthenticator implements PasswordAuthenticator {
    private final EndpointDirectory directory;

    RouterPasswordAuthenticator(EndpointDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean authenticate(String userName, String password, ServerSession session) {
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        if (router == null || userName == null || password == null) {
            return false;
        }
        Integer privilege = router.kernel().call(() -> {
            UserAccount account = router.user(userName);
            return account != null && account.secret() != null && account.secret().matches(password)
                    ? account.privilege() : null;
        });
        if (privilege == null) {
            return false;
        }
        session.setAttribute(SessionUser.KEY,
                new SessionUser(router, userName, privilege, peerText(session.getIoSession().getRemoteAddress())));
        return true;
    }

    private static String peerText(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : String.valueOf(remote);
    }
}
