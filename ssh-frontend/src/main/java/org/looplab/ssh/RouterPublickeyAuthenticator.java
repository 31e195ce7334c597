package org.looplab.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.looplab.aaa.LoginAuthentication;
import org.looplab.aaa.LoginLogging;
import org.looplab.config.TerminalLine;
import org.looplab.config.TerminalSafeText;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.vty.PublicKeyBlob;
import org.looplab.vty.SshPublicKeys;
import org.looplab.vty.VtyAccess;

/**
 * Public-key logins from the host, as IOS's {@code ip ssh pubkey-chain}: a key is accepted when its hash
 * (the MD5 of its blob) is one of the user's in the chain of the router the client connected to. MINA asks
 * twice, for the client's query and for its signed request, and verifies the signature after asking, so
 * accepting here has no effect of its own: the login is finished ({@link #finish}: authorization, the
 * log line, accounting) when the client's shell or command starts, after SSH has authenticated it.
 */
final class RouterPublickeyAuthenticator implements PublickeyAuthenticator {
    /** The chain's user a key was accepted for, until the login is finished. */
    private static final AttributeKey<String> KEY_USER = new AttributeKey<>();

    private final EndpointDirectory directory;
    private final ManagementStation station;

    RouterPublickeyAuthenticator(EndpointDirectory directory, ManagementStation station) {
        this.directory = directory;
        this.station = station;
    }

    @Override
    public boolean authenticate(String userName, PublicKey key, ServerSession session) {
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        if (router == null || userName == null) {
            return false;
        }
        ByteArrayBuffer wire = new ByteArrayBuffer();
        wire.putRawPublicKey(key);
        PublicKeyBlob blob = PublicKeyBlob.of(wire.getCompactData()).orElse(null);
        if (blob == null) {
            return false;
        }
        boolean known = router.kernel().call(() -> {
            SshPublicKeys chain = SshPublicKeys.ifPresent(router);
            return chain != null && chain.accepts(userName, blob.type(), blob.hash());
        });
        if (known) {
            session.setAttribute(KEY_USER, userName);
        }
        return known;
    }

    /**
     * The user a shell or command of this session runs as ({@link #finish}); null when authorization
     * refused a public-key user: the channel then got IOS's {@code % Authorization failed.} and exit status 1.
     */
    static SessionUser userOf(ServerSession session, OutputStream out, ExitCallback exit) throws IOException {
        SessionUser user = session.getPublickeyAuthenticator() instanceof RouterPublickeyAuthenticator keys
                ? keys.finish(session) : session.getAttribute(SessionUser.KEY);
        if (user == null) {
            out.write("% Authorization failed.\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            exit.onExit(1);
        }
        return user;
    }

    /**
     * The user of an authenticated session: set by the password login, or made now for a public-key one
     * (IOS authorizes it, logs it as the router's login lines ask and starts accounting). Null when
     * authorization refuses the user.
     */
    SessionUser finish(ServerSession session) {
        SessionUser done = session.getAttribute(SessionUser.KEY);
        String userName = session.getAttribute(KEY_USER);
        if (done != null || userName == null || !session.isAuthenticated()) {
            return done;
        }
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        String source = station.address().toString();
        int localPort = session.getIoSession().getLocalAddress() instanceof InetSocketAddress local ? local.getPort() : 0;
        VtySessions.Session vty = session.getAttribute(VtyGate.VTY);
        LoginAuthentication.Result result = router.kernel().call(() -> {
            TerminalLine line = vty == null ? null : VtyAccess.blockOf(router, vty.vty());
            LoginAuthentication.Result authorized = LoginAuthentication.publicKey(router, new LoginAuthentication.Attempt(
                    line, vty, TerminalLine.Transport.SSH, userName, null, source, localPort));
            String logged = TerminalSafeText.strip(userName);
            if (authorized.passed()) {
                LoginLogging.success(router, logged, source, localPort);
            } else {
                LoginLogging.failure(router, logged, source, localPort);
            }
            return authorized;
        });
        if (!result.passed()) {
            return null;
        }
        SessionUser user = new SessionUser(router, userName, result.privilege(), source, vty);
        session.setAttribute(SessionUser.KEY, user);
        return user;
    }
}
