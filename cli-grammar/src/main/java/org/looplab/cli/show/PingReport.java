package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;

/**
 * IOS's ping output: the banner, the source line when one was given, one character per echo ({@code !}
 * reply, {@code .} timeout, {@code U} unreachable, {@code &} TTL expired; 70 to a line) and the success
 * rate with round-trip times.
 */
public final class PingReport {
    private static final int MARKS_PER_LINE = 70;

    private PingReport() {
    }

    public static String render(Ipv4Address destination, int sizeBytes, int timeoutSeconds, PingResult result) {
        return render(destination, sizeBytes, timeoutSeconds, null, result);
    }

    /** {@code source} is the address given by {@code source ...}, or null. */
    public static String render(Ipv4Address destination, int sizeBytes, int timeoutSeconds, Ipv4Address source,
                                PingResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Type escape sequence to abort.\n");
        out.append("Sending ").append(result.sent()).append(", ").append(sizeBytes).append("-byte ICMP Echos to ")
                .append(destination).append(", timeout is ").append(timeoutSeconds).append(" seconds:\n");
        if (source != null) {
            // IOS ends this line with a space.
            out.append("Packet sent with a source address of ").append(source).append(" \n");
        }
        String marks = result.marks();
        for (int start = 0; start < marks.length(); start += MARKS_PER_LINE) {
            out.append(marks, start, Math.min(marks.length(), start + MARKS_PER_LINE)).append('\n');
        }
        out.append("Success rate is ").append(result.successPercent()).append(" percent (")
                .append(result.received()).append('/').append(result.sent()).append(')');
        if (result.received() > 0) {
            out.append(", round-trip min/avg/max = ").append(result.minMillis()).append('/')
                    .append(result.avgMillis()).append('/').append(result.maxMillis()).append(" ms");
        }
        return out.append('\n').toString();
    }
}
