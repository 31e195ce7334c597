package org.looplab.cli.remote;

import java.util.List;
import org.looplab.cli.session.CliSession;
import org.looplab.config.TerminalLine;
import org.looplab.aaa.AaaMethod;
import org.looplab.aaa.AaaSettings;
import org.looplab.aaa.LoginAuthentication;
import org.looplab.aaa.LoginLogging;
import org.looplab.router.Router;
import org.looplab.tcp.TcpCloseReason;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpStack;
import org.looplab.vty.SshServerState;
import org.looplab.vty.VtyAccess;

/**
 * A router's telnet (23) and SSH (22) servers on its simulated TCP: a SYN is accepted only when
 * {@link VtyAccess} gives it a vty line (transport input, access-class on the source, a free line), else
 * it is answered with a RST, which the caller sees as "% Connection refused by remote host". An accepted
 * connection logs in as the line says ({@code login local}: Username and Password; {@code login}: the line
 * password; SSH: the user named by the client) and then runs the router's own {@link CliSession} over the
 * byte stream. Every router of a lab listens once the first in-band session is opened. Kernel thread only.
 */
public final class VtyServer {
    public static final int TELNET_PORT = 23;
    public static final int SSH_PORT = 22;
    /** Password attempts before the connection is closed (IOS's default, {@code ip ssh authentication-retries 3}). */
    static final int ATTEMPTS = 3;

    private final Router router;

    private VtyServer(Router router) {
        this.router = router;
        TcpStack tcp = TcpStack.of(router);
        tcp.listen(null, TELNET_PORT, connection -> accept(connection, TerminalLine.Transport.TELNET));
        tcp.listen(null, SSH_PORT, connection -> accept(connection, TerminalLine.Transport.SSH));
    }

    /** Makes every router of the router's lab listen on 22 and 23 (once). */
    public static void ensureListening(Router any) {
        for (Router router : List.copyOf(any.lab().routers())) {
            if (router.isEndHost()) {
                continue; // a Linux host runs no IOS vty: its closed ports answer RST
            }
            router.attachment(VtyServer.class, VtyServer::new);
        }
    }

    private TcpConnection.Handler accept(TcpConnection connection, TerminalLine.Transport transport) {
        if (transport == TerminalLine.Transport.SSH && !SshServerState.of(router).enabled()) {
            return null; // no RSA key: IOS's SSH server is off and port 22 refuses
        }
        VtyAccess.Admission admission = VtyAccess.admit(router, transport, connection.remoteAddress(),
                connection.localAddress(), connection.localPort(), connection.remoteAddress().toString());
        if (!admission.admitted()) {
            return null;
        }
        return new Incoming(admission, transport);
    }

    /** One accepted connection: the login dialogue, then the CLI session. */
    private final class Incoming implements TcpConnection.Handler {
        private final VtyAccess.Admission admission;
        private final TerminalLine.Transport transport;
        private final VtyWire wire = new VtyWire();
        private TcpConnection connection;
        private String userName;
        private int failures;
        private CliSession session;
        private boolean busy;
        private boolean closed;
        private boolean hungUp;
        private boolean authenticating;

        Incoming(VtyAccess.Admission admission, TerminalLine.Transport transport) {
            this.admission = admission;
            this.transport = transport;
        }

        @Override
        public void connected(TcpConnection tcp) {
            connection = tcp;
            if (!admission.line().exec()) {
                hangUp(); // no exec: the line is allocated but starts no EXEC, so the connection ends at once
                return;
            }
            if (transport == TerminalLine.Transport.TELNET) {
                List<AaaMethod> methods = LoginAuthentication.methods(router, admission.line(), transport);
                if (LoginAuthentication.asksNothing(methods)) {
                    startSession(userName == null ? "" : userName, privilegeOfLine(1));
                    return;
                }
                if (methods.equals(List.of(AaaMethod.LINE)) && !aaaNewModel() && admission.line().password() == null) {
                    send(VtyWire.OUTPUT, "\nPassword required, but none set\n");
                    hangUp();
                    return;
                }
                send(VtyWire.OUTPUT, "\n\nUser Access Verification\n\n");
                askLogin();
            }
            // SSH: the client names the user first (its USER record), and must log in within ip ssh time-out.
            if (transport == TerminalLine.Transport.SSH) {
                long grace = java.util.concurrent.TimeUnit.SECONDS.toNanos(SshServerState.of(router).timeoutSeconds());
                router.kernel().schedule(grace, () -> {
                    if (session == null) {
                        hangUp();
                    }
                });
            }
        }

        @Override
        public void received(TcpConnection tcp, byte[] data) {
            List<VtyWire.Frame> frames = wire.feed(data);
            if (frames == null) {
                hangUp();
                return;
            }
            for (VtyWire.Frame frame : frames) {
                if (closed) {
                    return;
                }
                handle(frame);
            }
        }

        @Override
        public void closed(TcpConnection tcp, TcpCloseReason reason) {
            closed = true;
            if (session != null) {
                session.disconnectOutgoing();
                session.releaseVty();
            } else {
                router.vtySessions().close(admission.session());
            }
        }

        private void handle(VtyWire.Frame frame) {
            if (frame.type() == VtyWire.USER && transport == TerminalLine.Transport.SSH && userName == null) {
                userName = frame.text();
                send(VtyWire.SECRET_PROMPT, "Password: ");
                return;
            }
            if (frame.type() == VtyWire.HELP || frame.type() == VtyWire.COMPLETE) {
                answer(frame);
                return;
            }
            if (frame.type() != VtyWire.LINE) {
                return;
            }
            if (session != null) {
                run(frame.text());
            } else {
                loginStep(frame.text());
            }
        }

        /** '?' or Tab from the client: this router's CLI answers (or the next router's, if relayed on). */
        private void answer(VtyWire.Frame frame) {
            boolean help = frame.type() == VtyWire.HELP;
            if (session == null) {
                send(help ? VtyWire.HELP_ANSWER : VtyWire.COMPLETION, help ? "" : frame.text()); // not logged in yet
                return;
            }
            (help ? session.requestHelp(frame.text()) : session.requestCompletion(frame.text()))
                    .thenAccept(text -> send(help ? VtyWire.HELP_ANSWER : VtyWire.COMPLETION, text));
        }

        private boolean aaaNewModel() {
            AaaSettings aaa = AaaSettings.ifPresent(router);
            return aaa != null && aaa.newModel();
        }

        /** True when this login checks a user name: any SSH login, or a telnet list whose first method does. */
        private boolean asksUser() {
            return transport == TerminalLine.Transport.SSH || LoginAuthentication.asksUserName(
                    LoginAuthentication.methods(router, admission.line(), transport));
        }

        private void askLogin() {
            if (asksUser() && userName == null) {
                send(VtyWire.PROMPT, "Username: ");
            } else {
                send(VtyWire.SECRET_PROMPT, "Password: ");
            }
        }

        private void loginStep(String line) {
            boolean withUser = asksUser();
            if (withUser && userName == null) {
                userName = line.strip();
                send(VtyWire.SECRET_PROMPT, "Password: ");
                return;
            }
            if (authenticating) {
                return;
            }
            authenticating = true;
            String source = connection.remoteAddress().toString();
            LoginAuthentication.Attempt attempt = new LoginAuthentication.Attempt(admission.line(), admission.session(),
                    transport, withUser ? userName : null, line, source, connection.localPort());
            LoginAuthentication.authenticate(router, attempt).thenAccept(result -> {
                authenticating = false;
                if (!closed) {
                    loginAnswered(result, withUser, source);
                }
            });
        }

        private void loginAnswered(LoginAuthentication.Result result, boolean withUser, String source) {
            if (result.passed()) {
                if (withUser) {
                    LoginLogging.success(router, userName, source, connection.localPort());
                }
                startSession(withUser ? userName : "", result.privilege());
                return;
            }
            if (withUser) {
                LoginLogging.failure(router, userName, source, connection.localPort());
            }
            failures++;
            int attempts = transport == TerminalLine.Transport.SSH ? SshServerState.of(router).authenticationRetries() : ATTEMPTS;
            if (failures >= attempts) {
                send(VtyWire.OUTPUT, transport == TerminalLine.Transport.SSH ? "% Authentication failed.\n"
                        : withUser ? "% Login invalid\n\n" : "% Bad passwords\n");
                hangUp();
                return;
            }
            if (transport == TerminalLine.Transport.SSH) {
                send(VtyWire.SECRET_PROMPT, "Password: ");
            } else if (withUser) {
                userName = null;
                send(VtyWire.OUTPUT, "% Login invalid\n\n");
                askLogin();
            } else {
                askLogin();
            }
        }

        private int privilegeOfLine(int otherwise) {
            Integer level = admission.line().privilegeLevel();
            return level != null ? level : otherwise;
        }

        private void startSession(String user, int privilege) {
            session = new CliSession(router, user, privilege, connection.remoteAddress().toString());
            session.adoptVty(admission.session());
            session.setIdleDisconnect(this::hangUp);
            prompt();
        }

        private void run(String line) {
            if (busy) {
                return; // a line typed while the previous one still runs is dropped, as type-ahead is not modelled
            }
            busy = true;
            session.submit(line).whenComplete((output, failure) -> {
                busy = false;
                if (closed) {
                    return;
                }
                send(VtyWire.OUTPUT, failure == null ? output : "% Internal error, command not completed\n");
                if (session.isClosed()) {
                    hangUp();
                } else {
                    prompt();
                }
            });
        }

        private void prompt() {
            send(session.isSecretPrompt() ? VtyWire.SECRET_PROMPT : VtyWire.PROMPT, session.prompt());
        }

        private void send(byte type, String text) {
            if (!closed && !hungUp) {
                connection.send(VtyWire.encode(type, text));
            }
        }

        private void hangUp() {
            if (!closed && !hungUp) {
                hungUp = true;
                connection.close();
            }
        }
    }
}
