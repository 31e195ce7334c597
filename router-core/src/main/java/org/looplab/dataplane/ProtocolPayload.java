package org.looplab.dataplane;

/**
 * The payload of a routing protocol carried in IP (OSPF, protocol 89). The data plane does not look
 * inside: it hands the packet to the receiver bound to the protocol on the router it reaches.
 */
public non-sealed interface ProtocolPayload extends Payload {
    /** The protocol's own packet type (OSPF: 1 hello .. 5 link state ack), for {@code show ip traffic}; 0 if none. */
    default int messageType() {
        return 0;
    }
}
