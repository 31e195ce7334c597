package org.looplab.vty;

import java.util.List;
import org.looplab.acl.AccessLists;
import org.looplab.acl.PacketFields;
import org.looplab.config.TerminalLine;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;

/**
 * Whether a router takes an incoming session on a vty line, as IOS decides it: the lowest free vty line
 * whose {@code transport input} allows the protocol is taken; its {@code access-class} must permit the
 * source address. No free line, no line for the protocol, or a source the access class denies: the
 * connection is refused (IOS answers the SYN with a RST, the caller sees "% Connection refused by remote
 * host"). In-band sessions and host-side SSH go through here alike. Kernel thread only.
 */
public final class VtyAccess {
    private VtyAccess() {
    }

    /** Why a session was not admitted, or null when it was. */
    public enum Refusal { NO_FREE_LINE, TRANSPORT, ACCESS_CLASS, QUIET_MODE }

    /** An admitted session's line block and vty, or a refusal. */
    public record Admission(TerminalLine line, VtySessions.Session session, Refusal refusal) {
        public boolean admitted() {
            return refusal == null;
        }
    }

    /**
     * Tries to take a vty line for a connection from {@code source} to {@code local}:{@code port}. On
     * success the line is occupied (user name empty until the login is done); the caller closes it.
     */
    public static Admission admit(Router router, TerminalLine.Transport transport, Ipv4Address source,
                                  Ipv4Address local, int port, String peerText) {
        if (org.looplab.aaa.LoginBlock.refuses(router, source, local, port)) {
            return new Admission(null, null, Refusal.QUIET_MODE); // login block-for's quiet mode (sl_def_acl)
        }
        VtySessions sessions = router.vtySessions();
        boolean anyFree = false;
        for (TerminalLine line : vtyBlocks(router)) {
            for (int vty = line.first(); vty <= line.last(); vty++) {
                if (sessions.isBusy(vty)) {
                    continue;
                }
                anyFree = true;
                if (!line.allowsInput(transport)) {
                    continue;
                }
                if (!accessClassPermits(router, line, source, local, port)) {
                    return new Admission(line, null, Refusal.ACCESS_CLASS);
                }
                VtySessions.Session session = sessions.open(vty, "", peerText, router.kernel().now());
                if (transport == TerminalLine.Transport.SSH) {
                    // A router's client and server offer IOS 15's lists (SshAlgorithmChoice); the host's
                    // SSH server replaces them with what it really negotiated.
                    session.setSsh(SshAlgorithmChoice.ENCRYPTION, SshAlgorithmChoice.HMAC);
                }
                return new Admission(line, session, null);
            }
        }
        return new Admission(null, null, anyFree ? Refusal.TRANSPORT : Refusal.NO_FREE_LINE);
    }

    /** The {@code line vty} blocks, lowest first. */
    public static List<TerminalLine> vtyBlocks(Router router) {
        return router.terminalLines().stream().filter(line -> line.kind() == TerminalLine.Kind.VTY)
                .sorted(java.util.Comparator.comparingInt(TerminalLine::first)).toList();
    }

    /** The block that holds vty line {@code vty}, or null. */
    public static TerminalLine blockOf(Router router, int vty) {
        for (TerminalLine line : vtyBlocks(router)) {
            if (vty >= line.first() && vty <= line.last()) {
                return line;
            }
        }
        return null;
    }

    /** The {@code exec-timeout} of vty line {@code vty} in seconds (IOS's 10 minutes when not set; 0 never). */
    public static long execTimeoutSeconds(Router router, int vty) {
        TerminalLine line = blockOf(router, vty);
        return line == null ? TerminalLine.DEFAULT_EXEC_TIMEOUT_SECONDS : line.execTimeoutSeconds();
    }

    private static boolean accessClassPermits(Router router, TerminalLine line, Ipv4Address source,
                                              Ipv4Address local, int port) {
        if (line.accessClass() == null) {
            return true;
        }
        AccessLists acls = router.attachmentIfPresent(AccessLists.class);
        return acls == null || acls.permits(line.accessClass(), PacketFields.connection(source, local, port));
    }
}
