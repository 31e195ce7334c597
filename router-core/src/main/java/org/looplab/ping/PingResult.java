package org.looplab.ping;

/**
 * The outcome of {@code ping}: IOS's character per echo ({@code !} reply, {@code .} timeout, {@code U}
 * destination unreachable, {@code &} time exceeded), how many replies came back, and the round-trip
 * statistics of the replies, kept as the echoes end (never one entry per echo): in IOS's whole
 * milliseconds (0 when no reply came) and the exact extremes in virtual nanoseconds (-1 when none came).
 */
public record PingResult(String marks, int received, int minMillis, int avgMillis, int maxMillis,
                         long minRttNanos, long maxRttNanos) {

    /** IOS's whole milliseconds for a round trip: rounded up, and never less than 1 for a reply. */
    public static int displayMillis(long rttNanos) {
        return (int) Math.max(1, (rttNanos + 999_999) / 1_000_000);
    }

    public int sent() {
        return marks.length();
    }

    public int successPercent() {
        return sent() == 0 ? 0 : (int) ((long) received * 100 / sent());
    }

    /** Round-trip statistics gathered one echo at a time, in constant memory whatever the repeat count. */
    public static final class Statistics {
        private final StringBuilder marks = new StringBuilder();
        private int received;
        private int minMillis;
        private int maxMillis;
        private long sumMillis;
        private long minRttNanos = -1;
        private long maxRttNanos = -1;

        /** One echo ended with {@code mark}; {@code rttNanos} is its round trip, or -1 without a reply. */
        public void add(char mark, long rttNanos) {
            marks.append(mark);
            if (rttNanos < 0) {
                return;
            }
            int millis = displayMillis(rttNanos);
            minMillis = received == 0 ? millis : Math.min(minMillis, millis);
            maxMillis = Math.max(maxMillis, millis);
            minRttNanos = received == 0 ? rttNanos : Math.min(minRttNanos, rttNanos);
            maxRttNanos = Math.max(maxRttNanos, rttNanos);
            sumMillis += millis;
            received++;
        }

        public PingResult result() {
            int avg = received == 0 ? 0 : (int) (sumMillis / received);
            return new PingResult(marks.toString(), received, minMillis, avg, maxMillis, minRttNanos, maxRttNanos);
        }
    }
}
