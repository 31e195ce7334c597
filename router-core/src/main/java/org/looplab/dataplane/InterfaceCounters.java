package org.looplab.dataplane;

/**
 * What crossed one interface's cable since the lab started: packets and bytes (IP datagrams, without a
 * link-layer header) each way, unicast and multicast apart, as IF-MIB counts them. Kernel thread only.
 */
public final class InterfaceCounters {
    long inOctets;
    long inUnicast;
    long inMulticast;
    long outOctets;
    long outUnicast;
    long outMulticast;

    void sent(Ipv4Packet packet) {
        outOctets += packet.length();
        if (packet.destination().isMulticast()) {
            outMulticast++;
        } else {
            outUnicast++;
        }
    }

    void received(Ipv4Packet packet) {
        inOctets += packet.length();
        if (packet.destination().isMulticast()) {
            inMulticast++;
        } else {
            inUnicast++;
        }
    }

    public long inOctets() {
        return inOctets;
    }

    public long inUnicastPackets() {
        return inUnicast;
    }

    public long inMulticastPackets() {
        return inMulticast;
    }

    public long outOctets() {
        return outOctets;
    }

    public long outUnicastPackets() {
        return outUnicast;
    }

    public long outMulticastPackets() {
        return outMulticast;
    }
}
