package org.looplab.access;

/**
 * How a client reaches one router of a lab: its node name, the address and port its SSH endpoint
 * listens on, and a user name from its startup-config. Never a password.
 */
public record HostAccess(String name, String host, int port, String user) {
}
