package org.looplab.cli.show.bgp;

/**
 * How long a BGP session has been up or down, as IOS prints it in {@code show ip bgp summary}'s Up/Down
 * column and in {@code BGP state = Established, up for ...}: {@code 00:01:02} under a day, {@code 1d02h}
 * under a week, {@code 3w0d} under a year, then {@code 1y10w}; {@code never} for a session that never came up.
 */
public final class BgpUptime {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private BgpUptime() {
    }

    public static String format(long nanos) {
        long seconds = Math.max(0, nanos) / SECOND_NANOS;
        long hours = seconds / 3600;
        if (hours < 24) {
            return String.format("%02d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60);
        }
        long days = hours / 24;
        if (days < 7) {
            return String.format("%dd%02dh", days, hours % 24);
        }
        if (days < 365) {
            return days / 7 + "w" + days % 7 + "d";
        }
        return days / 365 + "y" + days % 365 / 7 + "w";
    }

    /** The time since {@code sinceNanos}, or {@code never} when it is null. */
    public static String since(Long sinceNanos, long nowNanos) {
        return sinceNanos == null ? "never" : format(nowNanos - sinceNanos);
    }
}
