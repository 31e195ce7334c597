package org.looplab.acl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.PacketFilter;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * A router's IPv4 access lists and where they apply: {@code ip access-group NAME in|out} per interface.
 * It is the router's {@link PacketFilter}: the data plane asks it about each packet received on an
 * interface and each packet forwarded out of one (IOS does not filter the router's own packets on the way
 * out). A list that is applied but not defined permits everything, as on IOS. Kernel thread only.
 */
public final class AccessLists implements PacketFilter {
    private final Router router;
    private final Map<String, AccessList> lists = new HashMap<>();
    private final Map<InterfaceName, String> inbound = new TreeMap<>();
    private final Map<InterfaceName, String> outbound = new TreeMap<>();
    private final AclLogging logging;

    private AccessLists(Router router) {
        this.router = router;
        this.logging = new AclLogging(router);
        router.lab().dataPlane().setPacketFilter(router, this);
    }

    /** The router's access lists, created (and hooked into the data plane) on first use. */
    public static AccessLists of(Router router) {
        return router.attachment(AccessLists.class, AccessLists::new);
    }

    public AccessList list(String name) {
        return lists.get(name);
    }

    /** The list of that name, created with the given kind; null when the name exists with the other kind. */
    public AccessList listOrCreate(String name, boolean extended) {
        AccessList existing = lists.computeIfAbsent(name, n -> new AccessList(n, extended));
        return existing.isExtended() == extended ? existing : null;
    }

    public void remove(String name) {
        lists.remove(name);
    }

    /** Numbered lists by number, then named lists by name: the order of {@code show access-lists}. */
    public List<AccessList> all() {
        List<AccessList> ordered = new ArrayList<>(lists.values());
        ordered.sort(Comparator.comparing((AccessList list) -> !list.isNumbered())
                .thenComparing(list -> list.isNumbered() ? String.format("%010d", Long.parseLong(list.name())) : list.name()));
        return ordered;
    }

    /** {@code ip access-group NAME in|out}; a null name removes it. */
    public void setAccessGroup(InterfaceName interfaceName, boolean in, String name) {
        Map<InterfaceName, String> groups = in ? inbound : outbound;
        if (name == null) {
            groups.remove(interfaceName);
        } else {
            groups.put(interfaceName, name);
        }
    }

    /** The list applied to an interface in that direction, or null. */
    public String accessGroup(InterfaceName interfaceName, boolean in) {
        return (in ? inbound : outbound).get(interfaceName);
    }

    /**
     * True when a list permits a connection's source (a vty's {@code access-class}): the first matching
     * rule decides, the implicit deny closes; a list that does not exist permits, as IOS.
     */
    public boolean permits(String name, PacketFields connection) {
        AccessList list = lists.get(name);
        if (list == null) {
            return true;
        }
        AclEntry hit = list.evaluate(connection);
        if (hit != null && hit.logs()) {
            logging.log(list, hit, connection);
        }
        return hit != null && hit.permits();
    }

    @Override
    public boolean permitsInbound(Interface in, Ipv4Packet packet) {
        return check(inbound.get(in.name()), packet);
    }

    @Override
    public boolean permitsOutbound(Interface out, Ipv4Packet packet) {
        return check(outbound.get(out.name()), packet);
    }

    private boolean check(String name, Ipv4Packet packet) {
        if (name == null) {
            return true;
        }
        return permits(name, PacketFields.of(packet));
    }
}
