package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/**
 * The LS checksum (RFC 2328 12.1.7): a Fletcher checksum (ISO 8473 annex C, RFC 1008) of the whole LSA but
 * its age, with the two check bytes placed so that the sum over the LSA comes out zero. The LSA is encoded
 * as on the wire (A.4) only to compute it.
 */
final class LsaChecksum {
    /** Offset of the checksum field in the LSA header. */
    private static final int CHECKSUM_OFFSET = 16;
    private static final int AGE_BYTES = 2;

    private LsaChecksum() {
    }

    static byte[] encode(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter, int sequence,
                         int options, LsaBody body) {
        int bodyLength;
        if (body instanceof LsaBody.RouterBody router) {
            bodyLength = 4 + 12 * router.links().size();
        } else if (body instanceof LsaBody.NetworkBody network) {
            bodyLength = 4 + 4 * network.attachedRouters().size();
        } else if (body instanceof LsaBody.ExternalBody) {
            bodyLength = 16;
        } else {
            bodyLength = 8;
        }
        byte[] out = new byte[20 + bodyLength];
        int at = 2; // age left at zero: not covered by the checksum
        out[at++] = (byte) options;
        out[at++] = (byte) type.code();
        at = putInt(out, at, linkStateId.bits());
        at = putInt(out, at, advertisingRouter.bits());
        at = putInt(out, at, sequence);
        at += 2; // checksum
        out[at++] = (byte) (out.length >> 8);
        out[at++] = (byte) out.length;
        if (body instanceof LsaBody.RouterBody router) {
                out[at++] = (byte) router.flags();
                out[at++] = 0;
                out[at++] = (byte) (router.links().size() >> 8);
                out[at++] = (byte) router.links().size();
                for (RouterLink link : router.links()) {
                    at = putInt(out, at, link.linkId().bits());
                    at = putInt(out, at, link.linkData().bits());
                    out[at++] = (byte) link.kind().code();
                    out[at++] = 0; // no TOS metrics
                    out[at++] = (byte) (link.metric() >> 8);
                    out[at++] = (byte) link.metric();
                }
        } else if (body instanceof LsaBody.NetworkBody network) {
                at = putInt(out, at, network.mask().bits());
                for (Ipv4Address attached : network.attachedRouters()) {
                    at = putInt(out, at, attached.bits());
                }
        } else if (body instanceof LsaBody.SummaryBody summary) {
                at = putInt(out, at, summary.mask().bits());
                putInt(out, at, summary.metric() & 0xFFFFFF);
        } else if (body instanceof LsaBody.ExternalBody external) {
                at = putInt(out, at, external.mask().bits());
                at = putInt(out, at, (external.type2() ? 0x80000000 : 0) | (external.metric() & 0xFFFFFF));
                at = putInt(out, at, external.forwardingAddress().bits());
                putInt(out, at, (int) external.tag());
        }
        return out;
    }

    private static int putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 24);
        out[at + 1] = (byte) (value >>> 16);
        out[at + 2] = (byte) (value >>> 8);
        out[at + 3] = (byte) value;
        return at + 4;
    }

    /** The checksum of an encoded LSA whose checksum field is zero. */
    static int fletcher(byte[] lsa) {
        int c0 = 0;
        int c1 = 0;
        for (int i = AGE_BYTES; i < lsa.length; i++) {
            c0 = (c0 + (lsa[i] & 0xFF)) % 255;
            c1 = (c1 + c0) % 255;
        }
        int length = lsa.length - AGE_BYTES;
        int position = CHECKSUM_OFFSET - AGE_BYTES;
        int x = ((length - position - 1) * c0 - c1) % 255;
        if (x <= 0) {
            x += 255;
        }
        int y = 510 - c0 - x;
        if (y > 255) {
            y -= 255;
        }
        return (x << 8) | y;
    }

    /** True when the LSA with its checksum in place sums to zero (the receiver's check, 13 step 1). */
    static boolean verify(byte[] lsaWithChecksum) {
        int c0 = 0;
        int c1 = 0;
        for (int i = AGE_BYTES; i < lsaWithChecksum.length; i++) {
            c0 = (c0 + (lsaWithChecksum[i] & 0xFF)) % 255;
            c1 = (c1 + c0) % 255;
        }
        return c0 == 0 && c1 == 0;
    }

    static byte[] encodeWithChecksum(Lsa lsa) {
        byte[] out = encode(lsa.type(), lsa.linkStateId(), lsa.advertisingRouter(), lsa.sequence(), lsa.options(),
                lsa.body());
        out[CHECKSUM_OFFSET] = (byte) (lsa.checksum() >> 8);
        out[CHECKSUM_OFFSET + 1] = (byte) lsa.checksum();
        return out;
    }
}
