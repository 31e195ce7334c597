package org.looplab.topology;

import java.net.InetAddress;

/**
 * A node of kind {@code external}: a BGP speaker on the host (a real daemon at {@code hostAddress}:
 * {@code hostPort}, 127/8) that stands in the lab at {@code labAddress}/{@code prefixLength} on its one
 * link, with a default route to {@code gateway}. The lab gives it a stand-in device there (an interface,
 * the route, a TCP stack, no CLI) so that its sessions and next hops are the lab's like any neighbour's;
 * {@code port} is the stand-in's interface on that link, known once the links are read (null before).
 */
public record ExternalPeer(InetAddress hostAddress, int hostPort, String labAddress, int prefixLength, String gateway,
        String port) {
    public static final int DEFAULT_PORT = 179;

    public ExternalPeer withPort(String interfaceName) {
        return new ExternalPeer(hostAddress, hostPort, labAddress, prefixLength, gateway, interfaceName);
    }

    /** The stand-in's configuration: its interface on the link and the default route. */
    public String bootConfig(String nodeName) {
        long mask = prefixLength == 0 ? 0 : 0xFFFFFFFFL << (32 - prefixLength) & 0xFFFFFFFFL;
        String dotted = (mask >>> 24) + "." + (mask >>> 16 & 0xFF) + "." + (mask >>> 8 & 0xFF) + "." + (mask & 0xFF);
        StringBuilder config = new StringBuilder("hostname " + nodeName + "\n");
        if (port != null) {
            config.append("interface ").append(port).append("\n ip address ").append(labAddress).append(' ')
                    .append(dotted).append("\n no shutdown\n!\n");
        }
        if (gateway != null) {
            config.append("ip route 0.0.0.0 0.0.0.0 ").append(gateway).append('\n');
        }
        return config.toString();
    }

    /** How the start report names the host side: {@code 127.0.0.2:10179}. */
    public String hostText() {
        return hostAddress.getHostAddress() + ":" + hostPort;
    }
}
