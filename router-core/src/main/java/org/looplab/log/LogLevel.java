package org.looplab.log;

import java.util.Locale;

/**
 * The eight syslog severities (RFC 5424 6.2.1) with IOS's keywords for them ({@code logging trap
 * informational}); a message's own severity is the digit of its {@code %FACILITY-SEVERITY-MNEMONIC}.
 */
public enum LogLevel {
    EMERGENCIES, ALERTS, CRITICAL, ERRORS, WARNINGS, NOTIFICATIONS, INFORMATIONAL, DEBUGGING;

    /** The number IOS and syslog use, 0 (emergencies) to 7 (debugging). */
    public int severity() {
        return ordinal();
    }

    /** The keyword of {@code logging trap} and {@code show logging} ({@code informational}). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LogLevel of(int severity) {
        return values()[severity];
    }

    /**
     * The severity of a message text {@code %LINK-3-UPDOWN: ...} (3); a text without the IOS tag is debug
     * output ({@code RT: add ...}), which IOS logs at debugging (7).
     */
    public static int severityOf(String text) {
        if (text.startsWith("%")) {
            for (int at = 1; at + 2 < text.length(); at++) {
                char c = text.charAt(at);
                if (c == '-') {
                    char digit = text.charAt(at + 1);
                    return digit >= '0' && digit <= '7' && text.charAt(at + 2) == '-' ? digit - '0' : NOTIFICATIONS.ordinal();
                }
                if (c == ':' || c == ' ') {
                    break;
                }
            }
            return NOTIFICATIONS.ordinal();
        }
        return DEBUGGING.ordinal();
    }
}
