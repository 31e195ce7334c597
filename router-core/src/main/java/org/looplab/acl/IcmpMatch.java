package org.looplab.acl;

import java.util.List;

/**
 * The ICMP condition of an extended entry: a type and optionally a code, or one of IOS's names for a
 * type/code pair ({@code echo}, {@code administratively-prohibited}).
 */
public record IcmpMatch(int type, int code, String name) {
    /** -1 for "any code". */
    public static final int ANY_CODE = -1;

    private record Named(String name, int type, int code) {
    }

    private static final List<Named> NAMES = List.of(
            new Named("echo-reply", 0, ANY_CODE),
            new Named("unreachable", 3, ANY_CODE),
            new Named("net-unreachable", 3, 0),
            new Named("host-unreachable", 3, 1),
            new Named("protocol-unreachable", 3, 2),
            new Named("port-unreachable", 3, 3),
            new Named("administratively-prohibited", 3, 13),
            new Named("echo", 8, ANY_CODE),
            new Named("ttl-exceeded", 11, 0),
            new Named("time-exceeded", 11, ANY_CODE));

    /** The condition an IOS name stands for, or null. */
    public static IcmpMatch named(String name) {
        for (Named named : NAMES) {
            if (named.name.equals(name)) {
                return new IcmpMatch(named.type, named.code, named.name);
            }
        }
        return null;
    }

    public static IcmpMatch numbered(int type, int code) {
        return new IcmpMatch(type, code, null);
    }

    public boolean matches(int packetType, int packetCode) {
        return packetType == type && (code == ANY_CODE || packetCode == code);
    }

    public String text() {
        return name != null ? name : code == ANY_CODE ? Integer.toString(type) : type + " " + code;
    }
}
