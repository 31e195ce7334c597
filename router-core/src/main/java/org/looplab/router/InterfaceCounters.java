package org.looplab.router;

/**
 * What crossed one interface's cable: frames and bytes each way (bytes as IOS counts them on Ethernet, the
 * frame without its FCS), broadcasts and multicasts, when the last frame came and went, and the 5-minute
 * rates. Two views: totals since the lab started, which IF-MIB serves ({@code clear counters} leaves SNMP's
 * counters alone, as on IOS), and the figures since the last {@code clear counters}, which
 * {@code show interfaces} prints. Kernel thread only.
 */
public final class InterfaceCounters {
    /** How a frame was addressed on the link. */
    public enum Cast { UNICAST, BROADCAST, MULTICAST }

    /** One set of figures; {@code show interfaces} reads the difference of two. */
    public static final class Tally {
        long inPackets;
        long inOctets;
        long inBroadcasts;
        long inMulticasts;
        long inIpMulticasts;
        long outPackets;
        long outOctets;
        long outBroadcasts;
        long outMulticasts;
        long unknownProtocolDrops;

        Tally copy() {
            Tally copy = new Tally();
            copy.add(this, 1);
            return copy;
        }

        private void add(Tally other, int sign) {
            inPackets += sign * other.inPackets;
            inOctets += sign * other.inOctets;
            inBroadcasts += sign * other.inBroadcasts;
            inMulticasts += sign * other.inMulticasts;
            inIpMulticasts += sign * other.inIpMulticasts;
            outPackets += sign * other.outPackets;
            outOctets += sign * other.outOctets;
            outBroadcasts += sign * other.outBroadcasts;
            outMulticasts += sign * other.outMulticasts;
            unknownProtocolDrops += sign * other.unknownProtocolDrops;
        }

        Tally minus(Tally baseline) {
            Tally difference = copy();
            difference.add(baseline, -1);
            return difference;
        }

        public long inPackets() {
            return inPackets;
        }

        public long inOctets() {
            return inOctets;
        }

        /** Frames to a broadcast or multicast MAC address: IOS's "Received N broadcasts". */
        public long inBroadcastsAndMulticasts() {
            return inBroadcasts + inMulticasts;
        }

        public long inBroadcasts() {
            return inBroadcasts;
        }

        public long inMulticasts() {
            return inMulticasts;
        }

        /** IP datagrams to a multicast group among them: the "(N IP multicasts)". */
        public long inIpMulticasts() {
            return inIpMulticasts;
        }

        public long outPackets() {
            return outPackets;
        }

        public long outOctets() {
            return outOctets;
        }

        public long outBroadcasts() {
            return outBroadcasts;
        }

        public long outMulticasts() {
            return outMulticasts;
        }

        /** Frames of a protocol the interface does not run (CDP or LLDP switched off, say). */
        public long unknownProtocolDrops() {
            return unknownProtocolDrops;
        }
    }

    private static final long NEVER = Long.MIN_VALUE;

    private final Tally total = new Tally();
    private Tally atClear = new Tally();
    private final LoadRate inputRate = new LoadRate();
    private final LoadRate outputRate = new LoadRate();
    private long lastInput = NEVER;
    private long lastOutput = NEVER;
    private long cleared = NEVER;

    public void sent(long now, int bytes, Cast cast) {
        total.outPackets++;
        total.outOctets += bytes;
        if (cast == Cast.BROADCAST) {
            total.outBroadcasts++;
        } else if (cast == Cast.MULTICAST) {
            total.outMulticasts++;
        }
        lastOutput = now;
        outputRate.count(now, bytes);
    }

    public void received(long now, int bytes, Cast cast, boolean ipMulticast) {
        total.inPackets++;
        total.inOctets += bytes;
        if (cast == Cast.BROADCAST) {
            total.inBroadcasts++;
        } else if (cast == Cast.MULTICAST) {
            total.inMulticasts++;
        }
        if (ipMulticast) {
            total.inIpMulticasts++;
        }
        lastInput = now;
        inputRate.count(now, bytes);
    }

    /** A frame that arrived for a protocol the interface does not run: counted in, then dropped. */
    public void droppedUnknownProtocol() {
        total.unknownProtocolDrops++;
    }

    /** {@code clear counters}: {@code show interfaces} counts from zero again; the totals go on. */
    public void clear(long now) {
        atClear = total.copy();
        cleared = now;
    }

    /** The figures since the lab started (SNMP's counters). */
    public Tally total() {
        return total;
    }

    /** The figures since the last {@code clear counters}, or since the lab started. */
    public Tally sinceClear() {
        return total.minus(atClear);
    }

    public boolean hasInput() {
        return lastInput != NEVER;
    }

    public long lastInputNanos() {
        return lastInput;
    }

    public boolean hasOutput() {
        return lastOutput != NEVER;
    }

    public long lastOutputNanos() {
        return lastOutput;
    }

    public boolean wasCleared() {
        return cleared != NEVER;
    }

    public long clearedNanos() {
        return cleared;
    }

    public long inputBitsPerSecond(long now) {
        return inputRate.bitsPerSecond(now);
    }

    public long inputPacketsPerSecond(long now) {
        return inputRate.packetsPerSecond(now);
    }

    public long outputBitsPerSecond(long now) {
        return outputRate.bitsPerSecond(now);
    }

    public long outputPacketsPerSecond(long now) {
        return outputRate.packetsPerSecond(now);
    }

    // IF-MIB's counters, since the lab started.

    public long inOctets() {
        return total.inOctets;
    }

    public long inUnicastPackets() {
        return total.inPackets - total.inBroadcasts - total.inMulticasts;
    }

    public long inMulticastPackets() {
        return total.inMulticasts;
    }

    public long inBroadcastPackets() {
        return total.inBroadcasts;
    }

    public long outOctets() {
        return total.outOctets;
    }

    public long outUnicastPackets() {
        return total.outPackets - total.outBroadcasts - total.outMulticasts;
    }

    public long outMulticastPackets() {
        return total.outMulticasts;
    }

    public long outBroadcastPackets() {
        return total.outBroadcasts;
    }
}
