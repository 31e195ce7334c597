package org.looplab.cli.show;

import java.util.List;
import org.looplab.router.VtySessions;

/**
 * {@code show ssh}: the router's incoming SSH sessions, two rows each as IOS prints them (IN and OUT, the
 * two directions), by vty number, with the cipher and MAC the session negotiated and its user; then the
 * SSHv1 line, as a router without SSHv1 sessions prints it.
 */
public final class ShowSsh {
    private ShowSsh() {
    }

    public static String render(List<VtySessions.Session> open) {
        List<VtySessions.Session> ssh = open.stream().filter(VtySessions.Session::isSsh).toList();
        if (ssh.isEmpty()) {
            return "%No SSHv2 server connections running.\n%No SSHv1 server connections running.\n";
        }
        StringBuilder out = new StringBuilder(
                "Connection Version Mode Encryption  Hmac         State                 Username\n");
        for (VtySessions.Session session : ssh) {
            for (String mode : List.of("IN", "OUT")) {
                out.append(String.format("%-10d %-7s %-4s %-11s %-12s %-21s %s", session.vty(), "2.0", mode,
                        session.sshEncryption(), session.sshHmac(), "Session started", session.userName())
                        .stripTrailing()).append('\n');
            }
        }
        return out.append("%No SSHv1 server connections running.\n").toString();
    }
}
