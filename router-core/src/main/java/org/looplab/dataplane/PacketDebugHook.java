package org.looplab.dataplane;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * Where {@code debug ip packet} and {@code debug ip icmp} hear of the packets a router sends, receives for
 * itself, forwards or cannot send. The data plane tells it only while that router debugs packets.
 */
public interface PacketDebugHook {
    /** What happened to the packet, as IOS's line ends: "sending", "rcvd 3", "forward", ... */
    enum Event { SENDING, RECEIVED, FORWARD, UNROUTABLE, ENCAPSULATION_FAILED, ACCESS_DENIED }

    /** {@code in} is null for a packet the router originates, {@code out} and {@code gateway} null when unknown. */
    void report(Router router, Event event, Interface in, Interface out, Ipv4Address gateway, Ipv4Packet packet);
}
