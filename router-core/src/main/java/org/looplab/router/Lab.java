package org.looplab.router;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import org.looplab.dataplane.DataPlane;
import org.looplab.sim.Kernel;
import org.looplab.store.ConfigStore;

/** The routers of one lab, the links between them, and the kernel that owns them all. */
public final class Lab {
    private final String name;
    private final Kernel kernel;
    private final Map<String, Router> routers = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private Instant calendarAtStart = IOS_UNSET_CLOCK;
    private ConfigStore configStore;
    private DataPlane dataPlane;
    private final org.looplab.aaa.AaaServers aaaServers = new org.looplab.aaa.AaaServers();

    /** What an IOS router without NTP or a calendar believes at boot: 00:00 UTC, 1 March 1993. */
    public static final Instant IOS_UNSET_CLOCK = Instant.parse("1993-03-01T00:00:00Z");

    public Lab(String name, Kernel kernel) {
        this.name = name;
        this.kernel = kernel;
    }

    /** How this lab's routers reach AAA servers (RADIUS on the host); by default none answers. */
    public org.looplab.aaa.AaaServers aaaServers() {
        return aaaServers;
    }

    public String name() {
        return name;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The packets travelling between this lab's routers. */
    public DataPlane dataPlane() {
        if (dataPlane == null) {
            dataPlane = new DataPlane(this);
            dataPlane.setPacketDebug(new org.looplab.debug.PacketDebug());
        }
        return dataPlane;
    }

    /** The calendar time at virtual time zero; log timestamps and {@code show clock} count from it. */
    public Instant calendarAtStart() {
        return calendarAtStart;
    }

    public void setCalendarAtStart(Instant calendarAtStart) {
        this.calendarAtStart = calendarAtStart;
    }

    /** The calendar time at a virtual time. */
    public Instant calendarAt(long virtualNanos) {
        return calendarAtStart.plusNanos(virtualNanos);
    }

    /** Where {@code write memory} saves; null when the lab has no store. */
    public ConfigStore configStore() {
        return configStore;
    }

    public void setConfigStore(ConfigStore configStore) {
        this.configStore = configStore;
    }

    public Router addRouter(String routerName) {
        return addRouter(routerName, PortLayout.IOSV);
    }

    /** Adds a router of the model whose ports {@code layout} describes. */
    public Router addRouter(String routerName, PortLayout layout) {
        if (routers.containsKey(routerName)) {
            throw new IllegalArgumentException("router " + routerName + " already exists");
        }
        Router router = new Router(this, routerName, routers.size() + 1, layout);
        routers.put(routerName, router);
        return router;
    }

    /** The routers in the order they were added. */
    public Collection<Router> routers() {
        return Collections.unmodifiableCollection(routers.values());
    }

    public Router router(String routerName) {
        return routers.get(routerName);
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    /**
     * Joins two physical interfaces with a cable, adding ports the model can have when a link needs
     * them (GigabitEthernet beyond 0/3 on IOSv, a slot of four on IOL). Each interface takes at most one link.
     */
    public Link connect(Router routerA, InterfaceName portA, Router routerB, InterfaceName portB) {
        Interface a = plug(routerA, portA);
        Interface b = plug(routerB, portB);
        if (a == b) {
            throw new IllegalArgumentException("a link needs two different interfaces, not " + a + " twice");
        }
        Link link = new Link(a, b);
        a.attach(link);
        b.attach(link);
        links.add(link);
        routerA.refresh(a);
        routerB.refresh(b);
        return link;
    }

    private static Interface plug(Router router, InterfaceName port) {
        if (!port.isPhysicalPort()) {
            throw new IllegalArgumentException(router.name() + ":" + port.shortName()
                    + " is not a physical port; links join physical interfaces");
        }
        Interface end = router.physical(port);
        if (end == null) {
            throw new IllegalArgumentException(router.name() + " has no " + port.fullName() + " (it has "
                    + router.portLayout().description() + ")");
        }
        if (end.link() != null) {
            throw new IllegalArgumentException(end + " already has a link (" + end.link() + ")");
        }
        return end;
    }

    /** The link plugged into {@code router:port}, or null. */
    public Link linkAt(String routerName, InterfaceName port) {
        Router router = routers.get(routerName);
        Interface end = router == null ? null : router.interfaceNamed(port);
        return end == null ? null : end.link();
    }

    /** Pulls ({@code false}) or plugs back ({@code true}) a cable: both ends change at once. */
    public void setConnected(Link link, boolean connected) {
        if (link.isConnected() == connected) {
            return;
        }
        link.setConnected(connected);
        link.a().router().refresh(link.a());
        link.b().router().refresh(link.b());
    }
}
