package org.looplab.dataplane;

/**
 * A frame of a link-layer protocol that never reaches IP (CDP, LLDP): sent to a multicast MAC address, it
 * crosses one cable and stops at the far end. {@code protocol} names the receiver the far end binds
 * ({@link DataPlane#bindLinkProtocol}); {@code bytes} is the frame as the interface counters count it
 * (header included, FCS left out); {@code body} is what the protocol put in it.
 */
public record LinkFrame(String protocol, int bytes, Object body) {
}
