package org.looplab.dataplane;

/**
 * The payload of a transport protocol (TCP, protocol 6). Unlike a routing protocol's packet it is
 * forwarded hop by hop through the FIBs like any unicast packet; on the router that owns its destination
 * it goes to the receiver bound to its protocol there, and so do the ICMP errors that quote it. The data
 * plane does not look inside.
 *
 * <p>Non-sealed so that the segment itself lives in its protocol's package: a sealed interface of the
 * unnamed module may only permit classes of its own package (JLS 8.1.1.2).
 */
public non-sealed interface TransportPayload extends Payload {
}
