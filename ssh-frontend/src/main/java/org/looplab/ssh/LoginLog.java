package org.looplab.ssh;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.looplab.config.TerminalSafeText;

/**
 * IOS's log messages for a login, word for word as real routers write them:
 * {@code %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: admin] [Source: 10.1.1.5] [localport: 22] at
 * 17:01:20 UTC Mon Mar 29 2021} and {@code %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: x] [Source: ...]
 * [localport: 22] [Reason: Login Authentication Failed] at ...}. The time is the router's calendar. The
 * user name is the client's, not checked yet: its control characters are dropped before it is logged.
 */
final class LoginLog {
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' EEE MMM d yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private LoginLog() {
    }

    static String success(String user, String source, int localPort, Instant at) {
        return "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: " + TerminalSafeText.strip(user) + "] [Source: " + source
                + "] [localport: " + localPort + "] at " + AT.format(at);
    }

    static String failure(String user, String source, int localPort, Instant at) {
        return "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: " + TerminalSafeText.strip(user) + "] [Source: " + source
                + "] [localport: " + localPort + "] [Reason: Login Authentication Failed] at " + AT.format(at);
    }
}
