package org.looplab.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A GNS3 VPCS startup script ({@code startup.vpc}) as the exec lines of a {@code linux} end host: VPCS's
 * {@code ip} command, in each of its forms ({@code ip 10.0.0.2/24 10.0.0.1}, {@code ip 10.0.0.2 10.0.0.1 24},
 * {@code ip 10.0.0.2 255.255.255.0 10.0.0.1}; VPCS's mask is /24 when none is given), on its one port
 * (eth0). {@code set pcname} is the node's name already; any other line ({@code dhcp}, IPv6, {@code set lport})
 * is kept as written, so the start report lists it as not run.
 */
final class VpcsScript {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern ADDRESS = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** A dotted word is VPCS's netmask from /8 on, its gateway otherwise. */
    private static final int MIN_MASK = 8;
    private static final Pattern LENGTH = Pattern.compile("/?([1-9]|[12]\\d|3[0-2])");

    private VpcsScript() {
    }

    static List<String> execLines(String script) {
        List<String> exec = new ArrayList<>();
        for (String raw : script.split("\\R")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.matches("(?i)set\\s+pcname\\s.*")) {
                continue;
            }
            List<String> ip = ip(line);
            exec.addAll(ip.isEmpty() ? List.of(line) : ip);
        }
        return exec;
    }

    /** VPCS's {@code ip ADDRESS[/LEN] [GATEWAY|MASK|LEN]...} as iproute2 lines, or nothing when not that form. */
    private static List<String> ip(String line) {
        String[] words = line.split("\\s+");
        if (words.length < 2 || !words[0].equalsIgnoreCase("ip")) {
            return List.of();
        }
        String[] first = words[1].split("/", 2);
        if (!ADDRESS.matcher(first[0]).matches() || first.length == 2 && !LENGTH.matcher(first[1]).matches()) {
            return List.of();
        }
        int length = first.length == 2 ? Integer.parseInt(first[1]) : 24;
        String gateway = null;
        for (int i = 2; i < words.length; i++) {
            String word = words[i];
            int mask = ADDRESS.matcher(word).matches() ? LinuxExec.maskLength(word) : -1;
            if (LENGTH.matcher(word).matches()) {
                length = Integer.parseInt(word.replace("/", ""));
            } else if (mask >= MIN_MASK) {
                length = mask; // a netmask; a dotted word that is none is the gateway
            } else if (ADDRESS.matcher(word).matches() && gateway == null) {
                gateway = word;
            } else {
                return List.of();
            }
        }
        List<String> exec = new ArrayList<>();
        exec.add("ip addr add " + first[0] + "/" + length + " dev eth0");
        if (gateway != null) {
            exec.add("ip route add default via " + gateway);
        }
        return exec;
    }
}
