package org.looplab.ssh;

import java.io.IOException;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.session.ServerUserAuthService;
import org.apache.sshd.server.session.ServerUserAuthServiceFactory;
import org.looplab.config.Banners;
import org.looplab.router.Router;

/**
 * IOS sends {@code banner login} to an SSH client before it authenticates, as the SSH user-authentication
 * banner (RFC 4252 section 5.4; OpenSSH prints it above the password prompt). The text is the router's,
 * read when the client starts to authenticate. It is handed to MINA as the banner itself, never through
 * MINA's WELCOME_BANNER property, which would read a text containing "://" as a URL to load: a banner is
 * what a router's user typed, and must not reach the host's files.
 */
final class PreAuthBanner extends ServerUserAuthServiceFactory {
    private final EndpointDirectory directory;

    PreAuthBanner(EndpointDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Service create(Session session) throws IOException {
        return new ServerUserAuthService(session) {
            @Override
            protected String resolveWelcomeBanner(ServerSession server) {
                return text(directory.routerFor(server.getIoSession().getLocalAddress()));
            }
        };
    }

    /** The login banner as the client prints it, or null when the router has none. */
    static String text(Router router) {
        if (router == null) {
            return null;
        }
        String text = router.kernel().call(() -> router.banners().text(Banners.Kind.LOGIN));
        if (text == null || text.isEmpty()) {
            return null;
        }
        text = text.startsWith("\n") ? text.substring(1) : text;
        return text.endsWith("\n") ? text : text + "\n";
    }
}
