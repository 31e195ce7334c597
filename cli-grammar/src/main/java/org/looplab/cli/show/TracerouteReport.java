package org.looplab.cli.show;

import java.util.List;
import org.looplab.dataplane.TracerouteHop;
import org.looplab.dataplane.TracerouteProbe;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;

/**
 * IOS's traceroute output: the banner, then one line per hop: the hop number in three columns, the
 * address that answered and each probe's time ({@code 1 msec}) or {@code *}; a probe answered by another
 * address than the one before starts a continuation line, as IOS prints load-shared paths.
 */
public final class TracerouteReport {
    private TracerouteReport() {
    }

    public static String render(Ipv4Address destination, List<TracerouteHop> hops) {
        StringBuilder out = new StringBuilder(header(destination));
        for (TracerouteHop hop : hops) {
            out.append(hop(hop));
        }
        return out.toString();
    }

    /** The lines IOS prints at once, before the first probe. */
    public static String header(Ipv4Address destination) {
        return "Type escape sequence to abort.\n"
                + "Tracing the route to " + destination + '\n'
                + "VRF info: (vrf in name/id, vrf out name/id)\n";
    }

    /** One hop's line (and its continuation lines), printed when the hop's probes have ended. */
    public static String hop(TracerouteHop hop) {
        return hopSoFar(hop) + '\n';
    }

    /**
     * A hop's text without its line end: for a hop under way, what IOS has printed of it so far (the hop
     * number when its first probe leaves, then each probe's answer as it ends); each is a prefix of the next.
     */
    public static String hopSoFar(TracerouteHop hop) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%3d ", hop.hop()));
        Ipv4Address printed = null;
        for (TracerouteProbe probe : hop.probes()) {
            if (probe.isTimeout()) {
                out.append(" * ");
                continue;
            }
            if (!probe.responder().equals(printed)) {
                if (printed != null) {
                    out.append("\n    ");
                }
                out.append(probe.responder());
                printed = probe.responder();
            }
            out.append(' ').append(PingResult.displayMillis(probe.rttNanos())).append(" msec");
            if (!probe.annotation().isEmpty()) {
                out.append(' ').append(probe.annotation());
            }
        }
        return out.toString();
    }
}
