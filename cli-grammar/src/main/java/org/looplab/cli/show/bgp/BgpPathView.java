package org.looplab.cli.show.bgp;

import java.util.List;
import java.util.Objects;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * One path of the BGP table as a {@code show ip bgp} row shows it.
 *
 * @param prefix the destination
 * @param status {@code *} valid, or the condition replacing it ({@code r>i} is RIB_FAILURE + best + internal)
 * @param best the best path ({@code >})
 * @param multipath used as an additional multipath ({@code m}); ignored when best
 * @param internal learned from an iBGP peer ({@code i})
 * @param nextHop {@code 0.0.0.0} for a locally originated path
 * @param metric MED, or null when the path carries none (blank column)
 * @param localPref LOCAL_PREF, or null for a blank column (IOS prints it for iBGP paths only)
 * @param weight 32768 for a locally originated path, else 0 unless set by policy
 * @param asPath AS_SEQUENCE, nearest AS first; empty for a path from this AS
 * @param origin the ORIGIN attribute, printed after the path
 */
public record BgpPathView(Ipv4Prefix prefix, BgpPathStatus status, boolean best, boolean multipath, boolean internal,
        Ipv4Address nextHop, Long metric, Long localPref, long weight, List<AsNumber> asPath, Origin origin) {
    public BgpPathView {
        Objects.requireNonNull(prefix);
        Objects.requireNonNull(status);
        Objects.requireNonNull(nextHop);
        Objects.requireNonNull(origin);
        asPath = List.copyOf(asPath);
    }

    /** The three status characters: {@code *>i}, {@code * i}, {@code r> }, {@code *m }. */
    String statusCodes() {
        char selection = best ? '>' : multipath ? 'm' : ' ';
        return "" + status.code() + selection + (internal ? 'i' : ' ');
    }

    /** The Path column: the AS numbers then the origin code ({@code 65001 65002 i}, or {@code i} alone). */
    String pathText(boolean asDot) {
        StringBuilder out = new StringBuilder();
        for (AsNumber as : asPath) {
            out.append(asDot ? as.asDot() : as.toString()).append(' ');
        }
        return out.append(origin.code()).toString();
    }
}
