package org.looplab.ospf;

import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * What the SPF calculation reads from an LSA body, as int arrays and ready-made prefixes: computed once per
 * origination and shared by every database holding it (the body is immutable), so a calculation follows
 * links without touching link records or address objects, and routers offer the same prefix objects.
 */
final class LsaLinks {
    // router-LSA: one slot per link
    final int[] kind;
    final int[] linkId;
    final int[] linkData;
    final int[] metric;
    /** Per link: the stub network's prefix, null for other kinds or a mask with holes. */
    final Ipv4Prefix[] stubPrefix;
    // network-LSA
    final int[] attached;
    /** The network's prefix (Link State ID and mask), null when the mask has holes. */
    final Ipv4Prefix networkPrefix;

    static final int P2P = 1;
    static final int TRANSIT = 2;
    static final int STUB = 3;

    private LsaLinks(int[] kind, int[] linkId, int[] linkData, int[] metric, Ipv4Prefix[] stubPrefix, int[] attached,
                     Ipv4Prefix networkPrefix) {
        this.kind = kind;
        this.linkId = linkId;
        this.linkData = linkData;
        this.metric = metric;
        this.stubPrefix = stubPrefix;
        this.attached = attached;
        this.networkPrefix = networkPrefix;
    }

    static LsaLinks of(Lsa lsa) {
        if (lsa.body() instanceof LsaBody.RouterBody router) {
            List<RouterLink> links = router.links();
            int n = links.size();
            int[] kind = new int[n];
            int[] id = new int[n];
            int[] data = new int[n];
            int[] metric = new int[n];
            Ipv4Prefix[] stub = new Ipv4Prefix[n];
            for (int i = 0; i < n; i++) {
                RouterLink link = links.get(i);
                kind[i] = link.kind().code();
                id[i] = link.linkId().bits();
                data[i] = link.linkData().bits();
                metric[i] = link.metric();
                if (link.kind() == RouterLink.Kind.STUB) {
                    int length = Ipv4Prefix.lengthOfMask(link.linkData());
                    stub[i] = length < 0 ? null : Ipv4Prefix.containing(link.linkId(), length);
                }
            }
            return new LsaLinks(kind, id, data, metric, stub, null, null);
        }
        if (lsa.body() instanceof LsaBody.NetworkBody network) {
            List<Ipv4Address> routers = network.attachedRouters();
            int[] attached = new int[routers.size()];
            for (int i = 0; i < attached.length; i++) {
                attached[i] = routers.get(i).bits();
            }
            int length = Ipv4Prefix.lengthOfMask(network.mask());
            Ipv4Prefix prefix = length < 0 ? null : Ipv4Prefix.containing(lsa.linkStateId(), length);
            return new LsaLinks(null, null, null, null, null, attached, prefix);
        }
        return new LsaLinks(null, null, null, null, null, null, null);
    }
}
