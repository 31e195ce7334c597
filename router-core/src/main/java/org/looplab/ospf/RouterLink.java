package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/**
 * One link of a router-LSA (RFC 2328 12.4.1, A.4.2). Link ID and Link Data mean, by type: point-to-point,
 * neighbour's router id and our interface address; transit, the DR's interface address and ours; stub,
 * network number and mask.
 */
public record RouterLink(Kind kind, Ipv4Address linkId, Ipv4Address linkData, int metric) {
    public enum Kind {
        POINT_TO_POINT(1), TRANSIT(2), STUB(3);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}
