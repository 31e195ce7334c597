package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;

/**
 * IOS's ping output: the banner, the source line when one was given, one character per echo ({@code !}
 * reply, {@code .} timeout, {@code U} unreachable, {@code M} could not fragment, {@code &} TTL expired; 70 to a
 * line) and the success
 * rate with round-trip times.
 */
public final class PingReport {
    private static final int MARKS_PER_LINE = 70;

    private PingReport() {
    }

    /** The lines IOS prints at once, before the first echo: the banner, the source line and the DF line. */
    public static String header(Ipv4Address destination, int repeat, int sizeBytes, int timeoutSeconds,
                                Ipv4Address source, boolean dontFragment) {
        StringBuilder out = new StringBuilder();
        out.append("Type escape sequence to abort.\n");
        out.append("Sending ").append(repeat).append(", ").append(sizeBytes).append("-byte ICMP Echos to ")
                .append(destination).append(", timeout is ").append(timeoutSeconds).append(" seconds:\n");
        if (source != null) {
            // IOS ends this line with a space.
            out.append("Packet sent with a source address of ").append(source).append(" \n");
        }
        if (dontFragment) {
            out.append("Packet sent with the DF bit set\n");
        }
        return out.toString();
    }

    /** The text of the {@code count}th echo's mark (1-based): the mark, and a line end after every 70th. */
    public static String mark(char mark, int count) {
        return count % MARKS_PER_LINE == 0 ? mark + "\n" : String.valueOf(mark);
    }

    /** The last line, after the marks (a line end first when the marks' line is open). */
    public static String summary(PingResult result) {
        StringBuilder out = new StringBuilder();
        if (result.sent() % MARKS_PER_LINE != 0) {
            out.append('\n');
        }
        out.append("Success rate is ").append(result.successPercent()).append(" percent (")
                .append(result.received()).append('/').append(result.sent()).append(')');
        if (result.received() > 0) {
            out.append(", round-trip min/avg/max = ").append(result.minMillis()).append('/')
                    .append(result.avgMillis()).append('/').append(result.maxMillis()).append(" ms");
        }
        return out.append('\n').toString();
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
