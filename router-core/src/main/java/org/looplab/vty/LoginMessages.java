package org.looplab.vty;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * IOS's log messages for a vty login, word for word: {@code %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success
 * [user: admin] [Source: 10.0.0.1] [localport: 22] at 17:01:20 UTC Mon Mar 29 2021} and {@code
 * %SEC_LOGIN-4-LOGIN_FAILED: ... [Reason: Login Authentication Failed] at ...}; the time is the router's
 * calendar. Never a password.
 */
public final class LoginMessages {
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' EEE MMM d yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private LoginMessages() {
    }

    public static String success(String user, String source, int localPort, Instant at) {
        return "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: " + user + "] [Source: " + source
                + "] [localport: " + localPort + "] at " + AT.format(at);
    }

    public static String failure(String user, String source, int localPort, Instant at) {
        return "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: " + user + "] [Source: " + source
                + "] [localport: " + localPort + "] [Reason: Login Authentication Failed] at " + AT.format(at);
    }

    /**
     * {@code %SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is 47 secs, [user: admin]
     * [Source: 10.0.0.2] [localport: 22] [Reason: Login Authentication Failed] [ACL: sl_def_acl] at ...}.
     */
    public static String quietModeOn(long timeLeftSeconds, String user, String source, int localPort, String acl,
                                     Instant at) {
        return "%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is " + timeLeftSeconds + " secs, [user: "
                + user + "] [Source: " + source + "] [localport: " + localPort
                + "] [Reason: Login Authentication Failed] [ACL: " + acl + "] at " + AT.format(at);
    }

    /** {@code %SEC_LOGIN-5-QUIET_MODE_OFF: Quiet Mode is OFF, because block period timed out at ...}. */
    public static String quietModeOff(Instant at) {
        return "%SEC_LOGIN-5-QUIET_MODE_OFF: Quiet Mode is OFF, because block period timed out at " + AT.format(at);
    }
}
