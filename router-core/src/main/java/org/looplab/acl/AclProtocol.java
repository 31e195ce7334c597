package org.looplab.acl;

import java.util.Map;

/** IP protocol numbers of extended entries and the names IOS writes for them; 0 stands for {@code ip} (any). */
public final class AclProtocol {
    public static final int IP = 0;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    private static final Map<Integer, String> NAMES = Map.of(IP, "ip", ICMP, "icmp", TCP, "tcp", UDP, "udp",
            47, "gre", 50, "esp", 51, "ahp", 89, "ospf");

    private AclProtocol() {
    }

    public static String name(int protocol) {
        return NAMES.getOrDefault(protocol, Integer.toString(protocol));
    }

    /** The number of a protocol name, or -1. */
    public static int numberOf(String name) {
        for (Map.Entry<Integer, String> entry : NAMES.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return -1;
    }
}
