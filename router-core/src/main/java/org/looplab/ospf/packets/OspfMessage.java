package org.looplab.ospf.packets;

import org.looplab.dataplane.ProtocolPayload;

/**
 * What IP protocol 89 carries: one OSPF packet and the authentication fields of its header, which the
 * sender fills from its interface's settings and the receiver checks before anything else (RFC 2328 8.2).
 */
public record OspfMessage(OspfPacket packet, Authentication authentication) implements ProtocolPayload {
    @Override
    public int protocol() {
        return 89;
    }

    @Override
    public String toString() {
        return packet.toString();
    }
}
