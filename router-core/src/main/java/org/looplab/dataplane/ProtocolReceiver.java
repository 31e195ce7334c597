package org.looplab.dataplane;

import org.looplab.router.Interface;

/**
 * Receives, on one router, the packets of one IP protocol together with the interface they came in on
 * (null for a packet the router sent to itself).
 */
@FunctionalInterface
public interface ProtocolReceiver {
    void receive(Interface in, Ipv4Packet packet);
}
