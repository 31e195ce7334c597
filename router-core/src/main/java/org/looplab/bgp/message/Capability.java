package org.looplab.bgp.message;

/**
 * A capability of an OPEN's Capabilities optional parameter (RFC 5492): the ones looplab speaks, and any
 * other kept as its code and value.
 */
public sealed interface Capability {
    int MULTIPROTOCOL = 1;
    int ROUTE_REFRESH = 2;
    int FOUR_OCTET_AS = 65;
    int AFI_IPV4 = 1;
    int SAFI_UNICAST = 1;

    int code();

    /** RFC 4760 8: AFI (2), reserved (1), SAFI (1). */
    record Multiprotocol(int afi, int safi) implements Capability {
        public static final Multiprotocol IPV4_UNICAST = new Multiprotocol(AFI_IPV4, SAFI_UNICAST);

        @Override
        public int code() {
            return MULTIPROTOCOL;
        }
    }

    /** RFC 2918: no value. */
    record RouteRefresh() implements Capability {
        @Override
        public int code() {
            return ROUTE_REFRESH;
        }
    }

    /** RFC 6793: the speaker's four-octet AS number. */
    record FourOctetAs(long asNumber) implements Capability {
        @Override
        public int code() {
            return FOUR_OCTET_AS;
        }
    }

    /** A capability looplab does not speak: ignored, as RFC 5492 allows. */
    record Other(int code, byte[] value) implements Capability {
    }
}
