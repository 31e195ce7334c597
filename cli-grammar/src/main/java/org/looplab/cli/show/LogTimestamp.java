package org.looplab.cli.show;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.looplab.router.Lab;

/**
 * Timestamps as {@code service timestamps log datetime msec} prints them: {@code *Mar  1 00:00:05.123}.
 * The asterisk is IOS's mark for a clock that no NTP server or calendar has set, which is true of ours.
 */
public final class LogTimestamp {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss.SSS", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private LogTimestamp() {
    }

    public static String format(Lab lab, long virtualNanos) {
        return "*" + FORMAT.format(lab.calendarAt(virtualNanos));
    }

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /**
     * A log message's timestamp in the router's {@code service timestamps log} style: {@code datetime
     * msec} ({@code *Mar  1 00:01:02.345}), {@code datetime} ({@code *Mar  1 00:01:02}), {@code uptime}
     * (time since boot: {@code 00:01:02} for a day, then {@code 1d02h}, then {@code 1w2d}); null when
     * timestamps are off ({@code no service timestamps log}).
     */
    public static String forLog(org.looplab.router.Router router, long virtualNanos) {
        String style = router.services().logTimestamps();
        if (style == null) {
            return null;
        }
        return switch (style) {
            case "datetime msec" -> format(router.lab(), virtualNanos);
            case "datetime" -> "*" + SECONDS.format(router.lab().calendarAt(virtualNanos));
            default -> uptime(Math.max(0, virtualNanos - router.bootTimeNanos()) / 1_000_000_000L);
        };
    }

    /** IOS's uptime stamp: hh:mm:ss under a day, XdYYh under a week, XwYd after. */
    static String uptime(long seconds) {
        long days = seconds / 86_400;
        if (days == 0) {
            return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        if (days < 7) {
            return String.format("%dd%02dh", days, seconds / 3600 % 24);
        }
        return (days / 7) + "w" + (days % 7) + "d";
    }
}
