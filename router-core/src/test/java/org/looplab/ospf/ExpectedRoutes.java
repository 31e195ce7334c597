package org.looplab.ospf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.looplab.net.Ipv4Prefix;
import org.looplab.routing.Route;
import org.looplab.scenario.OspfLab;

/**
 * The differential side: what OSPF must install, computed independently of the engine from the topology
 * alone. Every link costs 1 (GigabitEthernet at reference bandwidth 100) and every Loopback0 is a /32 stub
 * of cost 1, so distances are hop counts (BFS). To ri's loopback from rs: [110/d(s,i)+1]; to the subnet of
 * link a-b: [110/min(d(s,a),d(s,b))+1]. Next hops: every neighbour k of s on a shortest path (d(k,x) =
 * d(s,x)-1), as the neighbour's address on the link, out of s's port on it (RFC 2328 16.1.1 equal-cost
 * next hops).
 */
final class ExpectedRoutes {
    private final OspfLab lab;
    private final int count;
    private final boolean[][] up;
    private final int[][] distance;

    ExpectedRoutes(OspfLab lab, int count, Set<String> pulled) {
        this.lab = lab;
        this.count = count;
        up = new boolean[count + 1][count + 1];
        for (int[] edge : lab.edges) {
            if (!pulled.contains(key(edge[0], edge[1]))) {
                up[edge[0]][edge[1]] = true;
                up[edge[1]][edge[0]] = true;
            }
        }
        distance = new int[count + 1][];
        for (int s = 1; s <= count; s++) {
            distance[s] = bfs(s);
        }
    }

    static String key(int a, int b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    private int[] bfs(int source) {
        int[] d = new int[count + 1];
        Arrays.fill(d, -1);
        d[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w = 1; w <= count; w++) {
                if (up[v][w] && d[w] < 0) {
                    d[w] = d[v] + 1;
                    queue.add(w);
                }
            }
        }
        return d;
    }

    int distance(int from, int to) {
        return distance[from][to];
    }

    /** "Gi0/0 10.1.2.2" strings of the first hops from s towards x. */
    Set<String> firstHops(int s, int x) {
        Set<String> hops = new TreeSet<>();
        for (int k = 1; k <= count; k++) {
            if (up[s][k] && distance[k][x] == distance[s][x] - 1) {
                hops.add(lab.end(s, k, s).name().shortName() + " " + OspfLab.linkAddress(s, k, k));
            }
        }
        return hops;
    }

    /** Expected "metric: hops" for ri's loopback from s, or null when unreachable. */
    String loopback(int s, int i) {
        if (distance[s][i] < 0) {
            return null;
        }
        return (distance[s][i] + 1) + ": " + firstHops(s, i);
    }

    /** Expected "metric: hops" for link a-b's subnet from s (not on the link), or null when unreachable. */
    String link(int s, int a, int b) {
        int da = distance[s][a];
        int db = distance[s][b];
        if (!up[a][b] || (da < 0 && db < 0)) {
            return null;
        }
        int best = da < 0 ? db : db < 0 ? da : Math.min(da, db);
        Set<String> hops = new TreeSet<>();
        if (da == best) {
            hops.addAll(firstHops(s, a));
        }
        if (db == best) {
            hops.addAll(firstHops(s, b));
        }
        List<String> capped = new ArrayList<>(hops).subList(0, Math.min(4, hops.size()));
        return (best + 1) + ": " + new TreeSet<>(capped);
    }

    /** The same rendering of what the RIB holds as OSPF routes for the prefix, or null. */
    static String installed(OspfLab lab, int s, Ipv4Prefix prefix) {
        List<Route> paths = lab.paths(s, prefix);
        if (paths.isEmpty() || paths.get(0).distance() != 110) {
            return null;
        }
        Set<String> hops = new TreeSet<>();
        for (Route path : paths) {
            hops.add(path.outgoing().shortName() + " " + path.nextHop());
        }
        return paths.get(0).metric() + ": " + hops;
    }
}
