package org.looplab.ospf;

import java.util.List;
import org.looplab.net.Ipv4Address;

/** The part of an LSA after its 20-byte header (RFC 2328 A.4). */
public sealed interface LsaBody permits LsaBody.RouterBody, LsaBody.NetworkBody, LsaBody.SummaryBody,
        LsaBody.ExternalBody {
    /** Router-LSA: flags (B bit for an area border router, E bit for an AS boundary router) and links (A.4.2). */
    record RouterBody(int flags, List<RouterLink> links) implements LsaBody {
        public static final int FLAG_BORDER = 0x01;
        public static final int FLAG_EXTERNAL = 0x02;

        public RouterBody {
            links = List.copyOf(links);
        }
    }

    /** Network-LSA: the segment's mask and the routers fully adjacent to its DR, DR included (A.4.3). */
    record NetworkBody(Ipv4Address mask, List<Ipv4Address> attachedRouters) implements LsaBody {
        public NetworkBody {
            attachedRouters = List.copyOf(attachedRouters);
        }
    }

    /**
     * Summary-LSA (A.4.4): for type 3 a destination network's mask and its cost from the ABR; for type 4
     * (mask 0.0.0.0) the cost from the ABR to the AS boundary router named by the Link State ID.
     */
    record SummaryBody(Ipv4Address mask, int metric) implements LsaBody {
    }

    /**
     * AS-external-LSA (A.4.5): the destination's mask, the metric type (E bit: type 2, the metric alone
     * counts; type 1, the cost to the ASBR is added), the metric, the forwarding address (0.0.0.0: send
     * to the ASBR itself) and the route tag.
     */
    record ExternalBody(Ipv4Address mask, boolean type2, int metric, Ipv4Address forwardingAddress, long tag)
            implements LsaBody {
    }
}
