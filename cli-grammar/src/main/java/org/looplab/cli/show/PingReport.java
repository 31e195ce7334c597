package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;

/** IOS's ping output: the banner, one {@code !} or {@code .} per echo, and the success rate. */
public final class PingReport {
    private PingReport() {
    }

    public static String render(Ipv4Address destination, int sizeBytes, int timeoutSeconds, PingResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Type escape sequence to abort.\n");
        out.append("Sending ").append(result.sent()).append(", ").append(sizeBytes).append("-byte ICMP Echos to ")
                .append(destination).append(", timeout is ").append(timeoutSeconds).append(" seconds:\n");
        out.append(result.marks()).append('\n');
        out.append("Success rate is ").append(result.successPercent()).append(" percent (")
                .append(result.received()).append('/').append(result.sent()).append(')');
        if (result.received() > 0) {
            out.append(", round-trip min/avg/max = ").append(result.minMillis()).append('/')
                    .append(result.avgMillis()).append('/').append(result.maxMillis()).append(" ms");
        }
        return out.append('\n').toString();
    }
}
