package org.looplab.dataplane;

/**
 * The payload of a routing protocol carried in IP (OSPF, protocol 89). The data plane does not look
 * inside: it hands the packet to the receiver bound to the protocol on the router it reaches.
 */
public non-sealed interface ProtocolPayload extends Payload {
}
