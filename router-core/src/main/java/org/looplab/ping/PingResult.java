package org.looplab.ping;

/**
 * The outcome of {@code ping}: one flag per echo sent (true when a reply came back), the round-trip times
 * of the replies in milliseconds (0 when none came back), IOS's character per echo ({@code !} reply,
 * {@code .} timeout, {@code U} destination unreachable, {@code &} time exceeded) and each echo's exact
 * round-trip time in virtual nanoseconds (-1 when no reply came).
 */
public record PingResult(boolean[] replies, int minMillis, int avgMillis, int maxMillis, String marks,
                         long[] rttNanos) {

    /** The first form: marks are {@code !} and {@code .}, exact times unknown. */
    public PingResult(boolean[] replies, int minMillis, int avgMillis, int maxMillis) {
        this(replies, minMillis, avgMillis, maxMillis, marksOf(replies), unknownTimes(replies.length));
    }

    private static String marksOf(boolean[] replies) {
        StringBuilder marks = new StringBuilder();
        for (boolean reply : replies) {
            marks.append(reply ? '!' : '.');
        }
        return marks.toString();
    }

    private static long[] unknownTimes(int count) {
        long[] times = new long[count];
        java.util.Arrays.fill(times, -1);
        return times;
    }

    /** IOS's whole milliseconds for a round trip: rounded up, and never less than 1 for a reply. */
    public static int displayMillis(long rttNanos) {
        return (int) Math.max(1, (rttNanos + 999_999) / 1_000_000);
    }

    public int received() {
        int count = 0;
        for (boolean reply : replies) {
            if (reply) {
                count++;
            }
        }
        return count;
    }

    public int sent() {
        return replies.length;
    }

    public int successPercent() {
        return sent() == 0 ? 0 : received() * 100 / sent();
    }
}
