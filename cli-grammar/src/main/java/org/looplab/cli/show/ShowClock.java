package org.looplab.cli.show;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.looplab.router.Lab;
import org.looplab.router.Router;

/**
 * {@code show clock}: {@code *18:57:38.347 UTC Mon Oct 19 2015}, from the lab's calendar at the current
 * virtual time. The asterisk is IOS's mark for a clock no NTP server has set.
 */
public final class ShowClock {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** {@code show clock detail}'s second line when the clock was set at boot from the (host's) hardware calendar. */
    public static final String TIME_SOURCE = "Time source is hardware calendar\n";
    /** Its second line when nothing set the clock, which then starts at 1 March 1993 (Dynamips and IOU print it). */
    public static final String NO_TIME_SOURCE = "No time source\n";

    private ShowClock() {
    }

    /** {@code show clock detail}: the time, then where it came from. */
    public static String detail(Router router) {
        boolean unset = router.lab().calendarAtStart().equals(Lab.IOS_UNSET_CLOCK);
        return render(router) + (unset ? NO_TIME_SOURCE : TIME_SOURCE);
    }

    public static String render(Router router) {
        return "*" + FORMAT.format(router.lab().calendarAt(router.kernel().now())) + "\n";
    }
}
