package org.looplab.cli.show.bgp;

import java.util.Arrays;
import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/** Short builders for test views. */
final class BgpViews {
    private BgpViews() {
    }

    static Ipv4Address ip(String text) {
        return Ipv4Address.of(text);
    }

    static Ipv4Prefix prefix(String text) {
        int slash = text.indexOf('/');
        return new Ipv4Prefix(Ipv4Address.of(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    static List<AsNumber> path(long... numbers) {
        return Arrays.stream(numbers).mapToObj(AsNumber::new).toList();
    }

    /** A locally originated path: next hop 0.0.0.0, weight 32768, best. */
    static BgpPathView local(String prefix, Long metric) {
        return new BgpPathView(prefix(prefix), BgpPathStatus.VALID, true, false, false, ip("0.0.0.0"), metric, null,
                32768, List.of(), Origin.IGP);
    }

    static BgpPathView internal(String prefix, boolean best, String nextHop, long metric, long localPref, Origin origin,
            long... asPath) {
        return new BgpPathView(prefix(prefix), BgpPathStatus.VALID, best, false, true, ip(nextHop), metric, localPref, 0,
                path(asPath), origin);
    }

    static BgpPathView external(String prefix, boolean best, String nextHop, Long metric, Origin origin, long... asPath) {
        return new BgpPathView(prefix(prefix), BgpPathStatus.VALID, best, false, false, ip(nextHop), metric, null, 0,
                path(asPath), origin);
    }
}
