package org.looplab.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.looplab.aaa.LoginAuthentication;
import org.looplab.aaa.LoginLogging;
import org.looplab.config.TerminalLine;
import org.looplab.config.TerminalSafeText;
import org.looplab.router.VtySessions;
import org.looplab.vty.VtyAccess;
import org.looplab.router.Router;

/**
 * Checks a login through the router's own {@link LoginAuthentication} (the method list of the vty line the
 * connection took, as for in-band sessions; without AAA the {@code username} lines) of the router the
 * client connected to (chosen by
 * the local address of the connection), as IOS does: every success and failure goes to the router's log
 * ({@link LoginLogging}, as the router's login lines ask); a failure is answered only after the policy's delay, without holding a thread; the
 * connection is closed after the policy's number of failures. An unknown user costs the same work as a
 * known one (a dummy secret is hashed), so the answer's timing does not tell which users exist. The
 * password is never logged.
 */
final class RouterPasswordAuthenticator implements PasswordAuthenticator {
    private static final AttributeKey<AtomicInteger> FAILURES = new AttributeKey<>();

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
        // The router sees the management station, whatever 127/8 address the client used (ManagementStation).
        String source = station.address().toString();
        int localPort = session.getIoSession().getLocalAddress() instanceof InetSocketAddress local ? local.getPort() : 0;
        VtySessions.Session vty = session.getAttribute(VtyGate.VTY);
        AsyncAuthException answer = new AsyncAuthException();
        router.kernel().call(() -> {
            TerminalLine line = vty == null ? null : VtyAccess.blockOf(router, vty.vty());
            LoginAuthentication.Attempt attempt = new LoginAuthentication.Attempt(line, vty,
                    TerminalLine.Transport.SSH, userName, password, source, localPort);
            return LoginAuthentication.authenticate(router, attempt).thenApply(result -> {
                // The client's user name is not checked yet: its control characters never reach the log.
                String logged = TerminalSafeText.strip(userName);
                if (result.passed()) {
                    LoginLogging.success(router, logged, source, localPort);
                } else {
                    LoginLogging.failure(router, logged, source, localPort);
                }
                return result;
            });
        }).whenComplete((result, failure) -> {
            if (failure == null && result.passed()) {
                session.setAttribute(SessionUser.KEY, new SessionUser(router, userName, result.privilege(), source, vty));
                answer.setAuthed(true);
                return;
            }
            int failures = session.computeAttributeIfAbsent(FAILURES, key -> new AtomicInteger()).incrementAndGet();
            delays.schedule(() -> {
                if (failures >= policy.attempts()) {
                    disconnect(session);
                } else {
                    answer.setAuthed(false);
                }
            }, policy.failureDelay().toNanos(), TimeUnit.NANOSECONDS);
        });
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
