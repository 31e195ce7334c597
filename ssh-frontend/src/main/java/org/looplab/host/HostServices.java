package org.looplab.host;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.ssh.RouterEndpoint;

/**
 * The protocols a lab speaks with real software on the host besides SSH: syslog to the routers'
 * {@code logging host}s. Each router uses its SSH endpoint's address (127.1.0.N with an address per
 * router, else 127.0.0.1); with {@code --bind-any} the system picks the source.
 */
public final class HostServices implements AutoCloseable {
    private final SyslogForwarder syslog;

    private HostServices(SyslogForwarder syslog) {
        this.syslog = syslog;
    }

    /** Starts them for a running lab; {@code notices} gets one-line notices for the lab's output. */
    public static HostServices start(Lab lab, List<RouterEndpoint> endpoints, boolean bindAny, Consumer<String> notices) {
        Map<Router, InetAddress> sources = new LinkedHashMap<>();
        for (RouterEndpoint endpoint : endpoints) {
            sources.put(endpoint.router(), hostAddress(endpoint));
        }
        SyslogForwarder syslog = new SyslogForwarder(sources, bindAny, notices);
        lab.kernel().call(() -> {
            syslog.attach(lab);
            return null;
        });
        return new HostServices(syslog);
    }

    /** The router's own host address, or null when it listens on every address (--bind-any). */
    static InetAddress hostAddress(RouterEndpoint endpoint) {
        InetAddress address = endpoint.address().getAddress();
        return address.isAnyLocalAddress() ? null : address;
    }

    @Override
    public void close() {
        syslog.close();
    }
}
