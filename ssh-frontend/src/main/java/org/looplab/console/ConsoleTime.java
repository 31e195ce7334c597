package org.looplab.console;

import org.looplab.scenario.Scenario;

/** A virtual time as typed at the console: {@code 00:02:00}, {@code 2:00}, {@code 120s}, {@code 2m}. */
public final class ConsoleTime {
    private ConsoleTime() {
    }

    /** Virtual nanoseconds, or -1 when the text is not a time. */
    public static long parse(String text) {
        if (text.contains(":")) {
            String[] parts = text.split(":");
            if (parts.length > 3) {
                return -1;
            }
            long seconds = 0;
            try {
                for (String part : parts) {
                    long value = Long.parseLong(part);
                    if (value < 0) {
                        return -1;
                    }
                    seconds = seconds * 60 + value;
                }
            } catch (NumberFormatException e) {
                return -1;
            }
            return seconds * 1_000_000_000L;
        }
        try {
            return Scenario.duration(text);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
