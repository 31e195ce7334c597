package org.looplab.cli.command;

/**
 * IPv6 addresses and prefixes as IOS reads them (RFC 4291 section 2.2 text forms: eight groups of one to
 * four hex digits, one "::" standing for the zero groups). looplab simulates no IPv6: these only tell an
 * IPv6 neighbour from a peer-group name and check a kept prefix.
 */
final class Ipv6Text {
    private Ipv6Text() {
    }

    static boolean isAddress(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return groups(text) == 8;
        }
        int before = text.substring(0, gap).isEmpty() ? 0 : groups(text.substring(0, gap));
        int after = text.substring(gap + 2).isEmpty() ? 0 : groups(text.substring(gap + 2));
        return before >= 0 && after >= 0 && before + after <= 7;
    }

    /** {@code X:X::X/LENGTH}, the length 0 to 128. */
    static boolean isPrefix(String text) {
        int slash = text.indexOf('/');
        return slash > 0 && isAddress(text.substring(0, slash)) && text.substring(slash + 1).matches("\\d{1,3}")
                && Integer.parseInt(text.substring(slash + 1)) <= 128;
    }

    /** The number of colon-separated hex groups, or -1 when one is not 1 to 4 hex digits. */
    private static int groups(String text) {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (!part.matches("[0-9A-Fa-f]{1,4}")) {
                return -1;
            }
        }
        return parts.length;
    }
}
