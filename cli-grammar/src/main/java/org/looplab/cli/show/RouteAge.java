package org.looplab.cli.show;

/**
 * How long a route has been in the table, as IOS's routing reports print it: {@code 00:01:05} under a day,
 * {@code 1d18h} under a week, then {@code 2w0d}.
 */
public final class RouteAge {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private RouteAge() {
    }

    public static String format(long ageNanos) {
        long seconds = Math.max(0, ageNanos) / SECOND_NANOS;
        long hours = seconds / 3600;
        if (hours < 24) {
            return String.format("%02d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60);
        }
        long days = hours / 24;
        if (days < 7) {
            return days + "d" + hours % 24 + "h";
        }
        return days / 7 + "w" + days % 7 + "d";
    }
}
