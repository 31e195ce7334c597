package org.looplab.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.looplab.config.Secret;
import org.looplab.config.UserAccount;
import org.looplab.router.Router;

/**
 * Checks a password against the {@code username} lines of the router the client connected to (chosen by
 * the local address of the connection), as IOS does: every success and failure goes to the router's log
 * ({@link LoginLog}); a failure is answered only after the policy's delay, without holding a thread; the
 * connection is closed after the policy's number of failures. An unknown user costs the same work as a
 * known one (a dummy secret is hashed), so the answer's timing does not tell which users exist. The
 * password is never logged.
 */
final class RouterPasswordAuthenticator implements PasswordAuthenticator {
    private static final AttributeKey<AtomicInteger> FAILURES = new AttributeKey<>();
    private static final Secret UNKNOWN_USER_SECRET =
            Secret.fromPlainText(Long.toHexString(new SecureRandom().nextLong()), new SecureRandom());

    private final EndpointDirectory directory;
    private final LoginPolicy policy;
    private final ScheduledExecutorService delays;
    private final ManagementStation station;

    RouterPasswordAuthenticator(EndpointDirectory directory, LoginPolicy policy, ScheduledExecutorService delays,
                                ManagementStation station) {
        this.directory = directory;
        this.policy = policy;
        this.delays = delays;
        this.station = station;
    }

    @Override
    public boolean authenticate(String userName, String password, ServerSession session) {
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        if (router == null || userName == null || password == null) {
            return false;
        }
        UserAccount account = router.kernel().call(() -> router.user(userName));
        Secret secret = account == null || account.secret() == null ? null : account.secret();
        boolean matches = (secret != null ? secret : UNKNOWN_USER_SECRET).matches(password) && secret != null;
        // The router sees the management station, whatever 127/8 address the client used (ManagementStation).
        String source = station.address().toString();
        int localPort = session.getIoSession().getLocalAddress() instanceof InetSocketAddress local ? local.getPort() : 0;
        router.kernel().call(() -> {
            var at = router.lab().calendarAt(router.kernel().now());
            router.log(matches ? LoginLog.success(userName, source, localPort, at)
                    : LoginLog.failure(userName, source, localPort, at));
            return null;
        });
        if (matches) {
            session.setAttribute(SessionUser.KEY, new SessionUser(router, userName, account.privilege(), source,
                    session.getAttribute(VtyGate.VTY)));
            return true;
        }
        int failures = session.computeAttributeIfAbsent(FAILURES, key -> new AtomicInteger()).incrementAndGet();
        AsyncAuthException answer = new AsyncAuthException();
        delays.schedule(() -> {
            if (failures >= policy.attempts()) {
                disconnect(session);
            } else {
                answer.setAuthed(false);
            }
        }, policy.failureDelay().toNanos(), TimeUnit.NANOSECONDS);
        throw answer;
    }

    private static void disconnect(ServerSession session) {
        try {
            session.disconnect(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
                    "Too many authentication failures");
        } catch (IOException e) {
            session.close(true);
        }
    }
}
