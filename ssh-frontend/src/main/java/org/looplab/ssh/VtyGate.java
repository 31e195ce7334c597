package org.looplab.ssh;

import java.time.Duration;
import java.util.Map;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.looplab.config.TerminalLine;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.vty.SshServerState;
import org.looplab.vty.VtyAccess;

/**
 * Host-side SSH connections take a vty line as soon as they connect, as on IOS, and are subject to the
 * same rules as in-band sessions ({@link VtyAccess}): the lowest free line whose {@code transport input}
 * allows SSH, its {@code access-class} checked against the management station's address. A connection
 * the router refuses is closed at once, before any login, and so is one on a line with {@code no exec};
 * one not logged in within {@code ip ssh time-out} is closed then; the line is freed when the connection ends.
 */
final class VtyGate implements SessionListener {
    static final AttributeKey<VtySessions.Session> VTY = new AttributeKey<>();

    private final EndpointDirectory directory;
    private final ManagementStation station;

    VtyGate(EndpointDirectory directory, ManagementStation station) {
        this.directory = directory;
        this.station = station;
    }

    @Override
    public void sessionCreated(Session session) {
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        if (router == null) {
            return;
        }
        VtyAccess.Admission admission = router.kernel().call(() -> VtyAccess.admit(router, TerminalLine.Transport.SSH,
                station.address(), Ipv4Address.ANY, 22, station.address().toString()));
        if (!admission.admitted()) {
            session.close(true);
            return;
        }
        session.setAttribute(VTY, admission.session());
        if (!admission.line().exec()) {
            session.close(true); // no exec: the line is allocated but starts no EXEC, so the connection ends
            return;
        }
        // ip ssh time-out: the client has that long from connecting to logging in (MINA's own clock: real time).
        int seconds = router.kernel().call(() -> SshServerState.of(router).timeoutSeconds());
        CoreModuleProperties.AUTH_TIMEOUT.set(session, Duration.ofSeconds(seconds));
    }

    /** {@code show ssh} reports the cipher and MAC the client and MINA agreed on (server to client). */
    @Override
    public void sessionNegotiationEnd(Session session, Map<KexProposalOption, String> clientProposal,
            Map<KexProposalOption, String> serverProposal, Map<KexProposalOption, String> negotiated, Throwable reason) {
        VtySessions.Session vty = session.getAttribute(VTY);
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        if (vty == null || router == null || reason != null || negotiated == null) {
            return;
        }
        String encryption = negotiated.get(KexProposalOption.S2CENC);
        // An AEAD cipher authenticates itself: the MAC of the proposal is not used (OpenSSH says <implicit>).
        String hmac = encryption != null && (encryption.contains("gcm") || encryption.contains("poly1305"))
                ? "<implicit>" : negotiated.get(KexProposalOption.S2CMAC);
        router.kernel().call(() -> {
            vty.setSsh(encryption, hmac);
            return null;
        });
    }

    @Override
    public void sessionClosed(Session session) {
        VtySessions.Session vty = session.removeAttribute(VTY);
        Router router = directory.routerFor(session.getIoSession().getLocalAddress());
        if (vty != null && router != null) {
            router.kernel().call(() -> {
                router.vtySessions().close(vty);
                return null;
            });
        }
    }
}
