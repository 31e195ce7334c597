package org.looplab.log;

import org.looplab.net.Ipv4Address;

/**
 * One {@code logging host A [transport {udp|tcp} [port N]]} line: where a router's log messages go as
 * syslog. IOS's defaults: UDP to port 514 (RFC 5426), TCP to port 601 (RFC 3195's well-known port).
 */
public record LoggingHost(Ipv4Address address, Transport transport, int port) {
    public enum Transport {
        UDP(514), TCP(601);

        private final int defaultPort;

        Transport(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    /** The line as {@code show running-config} writes it: transport and port only when not UDP 514. */
    public String configLine() {
        String line = "logging host " + address;
        if (transport == Transport.UDP && port == Transport.UDP.defaultPort()) {
            return line;
        }
        return line + " transport " + transport.name().toLowerCase(java.util.Locale.ROOT) + " port " + port;
    }
}
