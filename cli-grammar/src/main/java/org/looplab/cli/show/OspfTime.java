package org.looplab.cli.show;

/** OSPF timers as IOS prints them: {@code 00:00:34} (hours:minutes:seconds, rounded down). */
final class OspfTime {
    private OspfTime() {
    }

    static String hms(long nanos) {
        long seconds = Math.max(0, nanos) / 1_000_000_000L;
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
