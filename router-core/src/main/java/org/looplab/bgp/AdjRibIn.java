package org.looplab.bgp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Prefix;

/**
 * A neighbor's Adj-RIB-In. The routes accepted after inbound policy live as paths in the Loc-RIB (each
 * points to its {@link PathSource}), as IOS keeps them in one BGP table; this holds the counts and, only
 * with {@code neighbor A soft-reconfiguration inbound}, the unmodified copy of what the neighbor sent
 * (IOS's "received-routes"), so policy can be applied again without asking the neighbor.
 */
public final class AdjRibIn {
    /** Pre-policy copy (interned attributes), only with soft-reconfiguration inbound; else null. */
    Map<Ipv4Prefix, PathAttributes> received;
    int accepted;
    long totalAccepted;
    long implicitWithdraws;
    long explicitWithdraws;
    long denied;

    /** Prefixes accepted now (in the BGP table from this neighbor): {@code State/PfxRcd}. */
    public int acceptedPrefixes() {
        return accepted;
    }

    /**
     * Prefixes the neighbor has announced and not withdrawn, before policy: the soft-reconfiguration copy's
     * size when one is kept, else the accepted ones (what was denied is not remembered without it).
     */
    public int receivedPrefixes() {
        return received != null ? received.size() : accepted;
    }

    /** Prefixes accepted since the session came up ("Prefixes Total"). */
    public long totalAccepted() {
        return totalAccepted;
    }

    public long implicitWithdraws() {
        return implicitWithdraws;
    }

    public long explicitWithdraws() {
        return explicitWithdraws;
    }

    /** Prefixes refused by inbound policy or loop checks. */
    public long denied() {
        return denied;
    }

    /** True when a pre-policy copy is kept (soft-reconfiguration inbound). */
    public boolean keepsReceivedCopy() {
        return received != null;
    }

    /** The pre-policy routes ({@code show ip bgp neighbors A received-routes}); empty without soft-reconfiguration. */
    public Map<Ipv4Prefix, PathAttributes> receivedRoutes() {
        return received == null ? Map.of() : java.util.Collections.unmodifiableMap(received);
    }

    void clear() {
        if (received != null) {
            received.clear();
        }
        accepted = 0;
        totalAccepted = 0;
        implicitWithdraws = 0;
        explicitWithdraws = 0;
        denied = 0;
    }

    void keepReceivedCopy(boolean keep) {
        if (keep && received == null) {
            received = new LinkedHashMap<>();
        } else if (!keep) {
            received = null;
        }
    }
}
