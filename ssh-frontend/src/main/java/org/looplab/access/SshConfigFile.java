package org.looplab.access;

import java.util.List;

/**
 * {@code Host} blocks for {@code ~/.ssh/config}, so {@code ssh r1} reaches router r1. Every router of a
 * lab is served by one SSH server with one host key, so one {@code HostKeyAlias} per lab keeps a single
 * known_hosts entry for all of them, whatever ports they take, and another lab on the same ports never
 * looks like a changed key.
 */
public final class SshConfigFile {
    private SshConfigFile() {
    }

    public static String render(String labName, String topologyFile, List<HostAccess> hosts) {
        StringBuilder text = new StringBuilder();
        text.append("# looplab lab ").append(labName).append(" (").append(topologyFile).append(")\n");
        text.append("# Add to ~/.ssh/config (or use ssh -F FILE), then: ssh ")
                .append(hosts.isEmpty() ? "ROUTER" : hosts.get(0).name()).append('\n');
        text.append("# Passwords are not written here: see the username lines of the routers' startup-configs.\n");
        for (HostAccess host : hosts) {
            text.append('\n');
            text.append("Host ").append(host.name()).append('\n');
            text.append("    HostName ").append(host.host()).append('\n');
            text.append("    Port ").append(host.port()).append('\n');
            text.append("    User ").append(host.user()).append('\n');
            text.append("    HostKeyAlias ").append(hostKeyAlias(labName)).append('\n');
            if (host.snmpPort() != null) {
                text.append("    # SNMP agent: ").append(host.host()).append(':').append(host.snmpPort()).append('\n');
            }
        }
        return text.toString();
    }

    /** The name known_hosts records the lab's host key under. */
    public static String hostKeyAlias(String labName) {
        return "looplab-" + labName;
    }
}
