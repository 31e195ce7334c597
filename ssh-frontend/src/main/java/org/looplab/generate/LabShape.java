package org.looplab.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The graphs {@code looplab generate} builds: which routers a cable joins, routers numbered from 0. Every
 * shape is connected; a random graph is seeded, so the same seed gives the same lab.
 */
public enum LabShape {
    /** Each router to the next, the last back to the first. */
    ring,
    /** Rows of ceil(sqrt(N)) routers, each to its right and lower neighbour. */
    grid,
    /** A random spanning tree plus chords up to three links a router on average, at most four each. */
    random,
    /**
     * Leaf-spine (a two-tier Clos): the first routers are spines (two, four from 32 routers on), the rest
     * leaves, each leaf cabled to every spine and nothing else. Spines are IOL nodes (64 Ethernet ports:
     * at most 64 leaves), leaves IOSv.
     */
    clos;

    /** Most links a router gets in a random graph (GigabitEthernet0/0-0/3). */
    static final int MAX_DEGREE = 4;
    /** A spine's ports (cisco_iol: 16 slots of 4): the most leaves a Clos lab has. */
    static final int SPINE_PORTS = 64;

    /** Spines of a Clos lab of {@code routers}; 0 for the other shapes. */
    int spines(int routers) {
        return this != clos ? 0 : routers < 32 ? 2 : 4;
    }

    /** The fewest and most routers the shape is built for. */
    public int minRouters() {
        return this == clos ? 3 : 1;
    }

    public int maxRouters(int otherwise) {
        return this == clos ? 4 + SPINE_PORTS : otherwise;
    }

    /** Router {@code i}'s (from 0) node name: r1, r2... or spine1, leaf1... */
    String node(int i, int routers) {
        int spines = spines(routers);
        return this != clos ? "r" + (i + 1) : i < spines ? "spine" + (i + 1) : "leaf" + (i - spines + 1);
    }

    /** Router {@code i}'s containerlab kind. */
    String kind(int i, int routers) {
        return i < spines(routers) ? "cisco_iol" : "cisco_iosv";
    }

    /** The name of router {@code i}'s {@code port}-th cabled interface, as its kind names it. */
    String port(int i, int routers, int port) {
        return i < spines(routers) ? "Ethernet" + port / 4 + "/" + port % 4 : "GigabitEthernet0/" + port;
    }

    /** The route reflectors of an iBGP lab ({@code --bgp rr}): every spine, or r1 and the router halfway round. */
    List<Integer> routeReflectors(int routers) {
        if (this == clos) {
            return java.util.stream.IntStream.range(0, spines(routers)).boxed().toList();
        }
        return routers >= 2 ? List.of(0, routers / 2) : List.of(0);
    }

    /** Pairs {@code {a, b}} with {@code a < b}, in the order the cables are listed. */
    public List<int[]> links(int routers, long seed) {
        List<int[]> links = new ArrayList<>();
        switch (this) {
            case ring -> {
                for (int i = 0; i < routers && routers > 1; i++) {
                    int next = (i + 1) % routers;
                    if (routers == 2 && i == 1) {
                        break; // two routers: one cable, not two between the same pair
                    }
                    links.add(new int[] {Math.min(i, next), Math.max(i, next)});
                }
            }
            case grid -> {
                int columns = (int) Math.ceil(Math.sqrt(routers));
                for (int i = 0; i < routers; i++) {
                    if ((i + 1) % columns != 0 && i + 1 < routers) {
                        links.add(new int[] {i, i + 1});
                    }
                    if (i + columns < routers) {
                        links.add(new int[] {i, i + columns});
                    }
                }
            }
            case random -> {
                Random draw = new Random(seed);
                int[] degree = new int[routers];
                java.util.Set<Long> used = new java.util.HashSet<>();
                for (int i = 1; i < routers; i++) {
                    int to;
                    do {
                        to = draw.nextInt(i);
                    } while (degree[to] >= MAX_DEGREE - 1 && i > 1); // leave a port for a chord
                    add(links, used, degree, to, i);
                }
                int wanted = routers * 3 / 2;
                for (int attempt = 0; links.size() < wanted && attempt < routers * 20; attempt++) {
                    int a = draw.nextInt(routers);
                    int b = draw.nextInt(routers);
                    if (a != b && degree[a] < MAX_DEGREE && degree[b] < MAX_DEGREE
                            && !used.contains(key(Math.min(a, b), Math.max(a, b)))) {
                        add(links, used, degree, a, b);
                    }
                }
            }
            case clos -> {
                int spines = spines(routers);
                for (int leaf = spines; leaf < routers; leaf++) {
                    for (int spine = 0; spine < spines; spine++) {
                        links.add(new int[] {spine, leaf});
                    }
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return links;
    }

    private static void add(List<int[]> links, java.util.Set<Long> used, int[] degree, int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        links.add(new int[] {low, high});
        used.add(key(low, high));
        degree[low]++;
        degree[high]++;
    }

    private static long key(int a, int b) {
        return (long) a << 32 | b;
    }
}
