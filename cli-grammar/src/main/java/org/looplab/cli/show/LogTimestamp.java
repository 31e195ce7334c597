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
}
