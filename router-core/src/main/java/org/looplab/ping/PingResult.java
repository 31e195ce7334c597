package org.looplab.ping;

/**
 * The outcome of {@code ping}: one flag per echo sent (true when a reply came back) and the round-trip
 * times of the replies in milliseconds (0 when none came back).
 */
public record PingResult(boolean[] replies, int minMillis, int avgMillis, int maxMillis) {
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
