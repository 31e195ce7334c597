package org.looplab.acl;

import java.util.Map;
import java.util.TreeMap;

/** A TCP or UDP port condition of an extended entry: {@code eq}, {@code neq}, {@code lt}, {@code gt}, {@code range}. */
public record PortMatch(Operator operator, int low, int high) {
    public enum Operator { EQ, NEQ, LT, GT, RANGE }

    /** The port names IOS shows for TCP (its {@code ?} after {@code eq} lists more). */
    private static final Map<Integer, String> TCP_NAMES = new TreeMap<>(Map.of(20, "ftp-data", 21, "ftp", 23, "telnet",
            25, "smtp", 53, "domain", 80, "www", 110, "pop3", 179, "bgp"));
    private static final Map<Integer, String> UDP_NAMES = new TreeMap<>(Map.of(53, "domain", 67, "bootps", 68, "bootpc",
            69, "tftp", 123, "ntp", 161, "snmp", 162, "snmptrap", 514, "syslog"));

    public static PortMatch of(Operator operator, int port) {
        return new PortMatch(operator, port, port);
    }

    public boolean matches(int port) {
        return switch (operator) {
            case EQ -> port == low;
            case NEQ -> port != low;
            case LT -> port < low;
            case GT -> port > low;
            case RANGE -> port >= low && port <= high;
        };
    }

    /** {@code eq www}, {@code range 16384 32767}: names where IOS shows them. */
    public String text(int protocol) {
        String op = operator.name().toLowerCase(java.util.Locale.ROOT);
        return operator == Operator.RANGE ? op + " " + name(protocol, low) + " " + name(protocol, high)
                : op + " " + name(protocol, low);
    }

    /** The port a name stands for (tcp or udp), or -1. */
    public static int portNamed(int protocol, String name) {
        Map<Integer, String> names = protocol == AclProtocol.UDP ? UDP_NAMES : TCP_NAMES;
        for (Map.Entry<Integer, String> entry : names.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return -1;
    }

    private static String name(int protocol, int port) {
        Map<Integer, String> names = protocol == AclProtocol.UDP ? UDP_NAMES : TCP_NAMES;
        return names.getOrDefault(port, Integer.toString(port));
    }
}
