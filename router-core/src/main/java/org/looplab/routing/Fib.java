package org.looplab.routing;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.net.PrefixTable;

/**
 * The forwarding table derived from a RIB, as CEF derives it: every selected path resolved to adjacencies,
 * recursive next hops followed through the RIB until they reach an interface. Lookups are longest-prefix
 * match over the prefixes that resolve. A Fib is a snapshot of one RIB version; {@link #of} is cheap and
 * each prefix is resolved the first time a lookup needs it, so a RIB that changes often (BGP installing
 * thousands of routes) does not pay for a whole table per change.
 */
public final class Fib {
    /** How deep recursive resolution may go before the route is treated as unresolved (a loop). */
    static final int MAX_RECURSION = 8;
    /** Cached "this prefix resolves to nothing". */
    private static final FibEntry UNRESOLVED = new FibEntry(Ipv4Prefix.DEFAULT_ROUTE, List.of());

    private final Rib rib;
    private final PrefixTable<FibEntry> resolved = new PrefixTable<>();
    private final long ribVersion;

    private Fib(Rib rib) {
        this.rib = rib;
        this.ribVersion = rib.version();
    }

    /** The FIB of the RIB as it is now (valid while the RIB's version stays {@link #ribVersion}). */
    public static Fib of(Rib rib) {
        return new Fib(rib);
    }

    /** The RIB version this snapshot was built from. */
    public long ribVersion() {
        return ribVersion;
    }

    public FibEntry lookup(Ipv4Address destination) {
        for (Ipv4Prefix prefix : rib.matchingPrefixes(destination)) {
            FibEntry entry = get(prefix);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** The entry of exactly this prefix, or null when the RIB has none or it resolves to nothing. */
    public FibEntry get(Ipv4Prefix prefix) {
        FibEntry cached = resolved.get(prefix);
        if (cached == null) {
            List<Adjacency> adjacencies = new ArrayList<>();
            for (Route path : rib.paths(prefix)) {
                resolve(rib, path, path.nextHop(), 0, adjacencies);
            }
            cached = adjacencies.isEmpty() ? UNRESOLVED : new FibEntry(prefix, adjacencies);
            resolved.put(prefix, cached);
        }
        return cached == UNRESOLVED ? null : cached;
    }

    /** All entries ordered by prefix ({@code show ip cef}). */
    public List<FibEntry> entries() {
        List<FibEntry> all = new ArrayList<>();
        for (Route best : rib.routes()) {
            FibEntry entry = get(best.prefix());
            if (entry != null) {
                all.add(entry);
            }
        }
        return all;
    }
    /**
     * Adds the adjacencies one path resolves to. {@code nextHop} is the neighbour the original route asked
     * for: a recursive route that lands on a connected subnet keeps its own next hop.
     */
    private static void resolve(Rib rib, Route path, Ipv4Address nextHop, int depth, List<Adjacency> out) {
        Adjacency adjacency;
        if (path.outgoing() != null) {
            adjacency = direct(path, nextHop);
        } else if (path.nextHop() != null && depth < MAX_RECURSION) {
            List<Route> via = rib.lookupPathsExcluding(path.nextHop(), path.prefix(), route -> true);
            for (Route through : via) {
                resolve(rib, through, path.nextHop(), depth + 1, out);
            }
            return;
        } else {
            return; // a loop or an unresolvable next hop: no adjacency
        }
        if (adjacency != null && !out.contains(adjacency)) {
            out.add(adjacency);
        }
    }

    private static Adjacency direct(Route path, Ipv4Address nextHop) {
        if (path.isDiscard()) {
            return Adjacency.drop(path.outgoing());
        }
        boolean hostOwnAddress = path.source() == RouteSource.LOCAL
                || (path.source() == RouteSource.CONNECTED && path.prefix().length() == 32);
        if (hostOwnAddress) {
            // A resolution that ends on one of our own addresses gives no forwarding adjacency.
            return nextHop == null ? Adjacency.receive(path.outgoing()) : null;
        }
        if (path.nextHop() != null) {
            return Adjacency.via(path.outgoing(), path.nextHop());
        }
        if (path.source() == RouteSource.CONNECTED && path.outgoing().isLoopback()) {
            // Nothing lives behind a loopback: the rest of its subnet is discarded.
            return nextHop == null ? Adjacency.drop(path.outgoing()) : null;
        }
        return nextHop == null ? Adjacency.attached(path.outgoing()) : Adjacency.via(path.outgoing(), nextHop);
    }
}
