package org.looplab.host;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Which port each router's SNMP agent takes, one rule for {@code looplab run} and for the files that tell
 * tools where to poll ({@code ssh-config}, {@code inventory}): 161 on each router's own address when the
 * lab gives each router one and the process may bind 161 (root, or a lowered
 * net.ipv4.ip_unprivileged_port_start), 1161 there otherwise; with one address for all, router N answers
 * on {@link #DEFAULT_BASE_PORT} + N - 1. {@code --snmp-port} chooses that port (or the first).
 */
public final class SnmpPorts {
    public static final int STANDARD_PORT = 161;
    /** The unprivileged stand-in for 161 on an address of its own. */
    public static final int FALLBACK_PORT = 1161;
    /** Router N's agent on a shared address: this port plus N - 1. */
    public static final int DEFAULT_BASE_PORT = 16101;

    private SnmpPorts() {
    }

    /** The agents' ports for routers at {@code addresses}, in their order. */
    public static List<Integer> of(List<InetAddress> addresses, boolean addressPerRouter, Integer snmpPort) {
        List<Integer> ports = new ArrayList<>();
        if (addresses.isEmpty()) {
            return ports;
        }
        if (addressPerRouter) {
            int port = snmpPort != null ? snmpPort : mayBind(addresses.get(0), STANDARD_PORT) ? STANDARD_PORT : FALLBACK_PORT;
            addresses.forEach(address -> ports.add(port));
        } else {
            int base = snmpPort != null ? snmpPort : DEFAULT_BASE_PORT;
            if (base < 1 || base + addresses.size() - 1 > 65535) {
                throw new IllegalArgumentException("SNMP ports from " + base + " for " + addresses.size()
                        + " routers go beyond 65535");
            }
            for (int i = 0; i < addresses.size(); i++) {
                ports.add(base + i);
            }
        }
        return ports;
    }

    /** True when this process may bind {@code port}: it can, or the port is taken (by a running lab's agent). */
    private static boolean mayBind(InetAddress address, int port) {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(address, port))) {
            return true;
        } catch (BindException e) {
            return e.getMessage() != null && e.getMessage().contains("in use");
        } catch (IOException e) {
            return false;
        }
    }
}
