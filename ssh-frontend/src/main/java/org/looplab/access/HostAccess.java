package org.looplab.access;

/**
 * How a client reaches one router of a lab: its node name, the address and port its SSH endpoint
 * listens on, a user name from its startup-config (never a password), and its SNMP agent's port on the
 * same address when the startup-config enables the agent ({@code snmp-server community}), else null.
 */
public record HostAccess(String name, String host, int port, String user, Integer snmpPort) {
}
