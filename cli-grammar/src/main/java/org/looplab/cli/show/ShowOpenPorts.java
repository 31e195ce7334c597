package org.looplab.cli.show;

import java.util.Map;
import org.looplab.cli.remote.VtyServer;
import org.looplab.router.Router;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpStack;
import org.looplab.tcp.TcpState;
import org.looplab.vty.SshServerState;

/**
 * {@code show control-plane host open-ports} as IOS 15 prints it: the router's own TCP passive opens
 * (LISTEN) and the connections on those services, read from its TCP stack: telnet (23) and SSH (22) of
 * the vty lines, BGP (179) once {@code router bgp} runs. Port 22's listener refuses every connection
 * until {@code crypto key generate rsa} turns the SSH server on, so IOS lists it only then.
 */
public final class ShowOpenPorts {
    private static final Map<Integer, String> SERVICES = Map.of(22, "SSH-Server", 23, "Telnet", 179, "BGP");

    private ShowOpenPorts() {
    }

    public static String render(Router router) {
        StringBuilder out = new StringBuilder("Active internet connections (servers and established)\n"
                + "Prot        Local Address      Foreign Address                  Service    State\n");
        // The vty servers open their ports on first need; an IOS router always has them open.
        VtyServer.ensureListening(router);
        TcpStack tcp = TcpStack.of(router);
        SshServerState ssh = router.attachmentIfPresent(SshServerState.class);
        boolean sshOn = ssh != null && ssh.enabled();
        // By port, as IOS lists them.
        for (TcpStack.ListeningEndpoint listener : tcp.listening().stream()
                .sorted(java.util.Comparator.comparingInt(TcpStack.ListeningEndpoint::port)).toList()) {
            String service = SERVICES.get(listener.port());
            if (service == null || (listener.port() == 22 && !sshOn)) {
                continue;
            }
            String local = (listener.address() == null ? "*" : listener.address().toString()) + ":" + listener.port();
            out.append(row(local, "*:0", service, "LISTEN"));
        }
        for (TcpConnection connection : tcp.connections()) {
            String service = SERVICES.get(connection.localPort());
            if (service == null) {
                service = SERVICES.get(connection.remotePort());
            }
            if (service == null || connection.state() != TcpState.ESTABLISHED) {
                continue;
            }
            out.append(row(connection.localAddress() + ":" + connection.localPort(),
                    connection.remoteAddress() + ":" + connection.remotePort(), service, "ESTABLIS"));
        }
        return out.toString();
    }

    /** IOS's columns; the state is cut to eight characters ({@code ESTABLIS}). */
    private static String row(String local, String foreign, String service, String state) {
        return String.format(" tcp %20s %20s %24s   %s\n", local, foreign, service, state);
    }
}
