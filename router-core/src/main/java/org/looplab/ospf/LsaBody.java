package org.looplab.ospf;

import java.util.List;
import org.looplab.net.Ipv4Address;

/** The part of an LSA after its 20-byte header (RFC 2328 A.4). */
public sealed interface LsaBody permits LsaBody.RouterBody, LsaBody.NetworkBody, LsaBody.SummaryBody {
    /** Router-LSA: flags (B bit 0x01 for an area border router) and links (A.4.2). */
    record RouterBody(int flags, List<RouterLink> links) implements LsaBody {
        public static final int FLAG_BORDER = 0x01;

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

    /** Type-3 summary-LSA: a destination network's mask and its cost from the ABR (A.4.4). */
    record SummaryBody(Ipv4Address mask, int metric) implements LsaBody {
    }
}
