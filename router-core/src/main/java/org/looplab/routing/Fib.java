package org.looplab.routing;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.net.PrefixTable;

/**
 * The forwarding table derived from a RIB, as CEF derives it: every selected path resolved to adjacencies,
 * recursive next hops followed through the RIB until they reach an interface. Lookups are longest-prefix
 * match. A Fib is a snapshot; {@link #of} builds a new one whenever the RIB's version changes.
 */
public final class Fib {
    /** How deep recursive resolution may go before the route is treated as unresolved (a loop). */
    static final int MAX_RECURSION = 8;

    private final PrefixTable<FibEntry> entries = new PrefixTable<>();
    private final long ribVersion;

    private Fib(long ribVersion) {
        this.ribVersion = ribVersion;
    }

    /** The FIB of the RIB as it is now. */
    public static Fib of(Rib rib) {
        Fib fib = new Fib(rib.version());
        for (Route best : rib.routes()) {
            List<Adjacency> adjacencies = new ArrayList<>();
            for (Route path : rib.paths(best.prefix())) {
                resolve(rib, path, path.nextHop(), 0, adjacencies);
            }
            if (!adjacencies.isEmpty()) {
                fib.entries.put(best.prefix(), new FibEntry(best.prefix(), adjacencies));
            }
        }
        return fib;
    }

    /** The RIB version this snapshot was built from. */
    public long ribVersion() {
        return ribVersion;
    }

    public FibEntry lookup(Ipv4Address destination) {
        return entries.longestMatch(destination);
    }

    public FibEntry get(Ipv4Prefix prefix) {
        return entries.get(prefix);
    }

    /** All entries ordered by prefix ({@code show ip cef}). */
    public List<FibEntry> entries() {
        return entries.values();
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
