package org.looplab.router;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.looplab.config.AddressRules;
import org.looplab.config.Secret;
import org.looplab.config.TerminalSafeText;
import org.looplab.config.UserAccount;
import org.looplab.log.Syslog;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.Ospf;
import org.looplab.routing.Fib;
import org.looplab.routing.Rib;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.routing.StaticRoute;
import org.looplab.routing.StaticRouteRules;
import org.looplab.routing.StaticRouting;
import org.looplab.sim.Kernel;

/**
 * A virtual router: its typed configuration (hostname, users, secrets, interfaces) and its state
 * (interface status, routing table, logging buffer). Every method runs on the kernel thread.
 */
public final class Router {
    /** Physical interfaces every router has, as an IOSv router has GigabitEthernet0/0-0/3. */
    public static final int DEFAULT_PHYSICAL_INTERFACES = 4;

    private final Lab lab;
    private final String name;
    private final int index;
    private final long bootTimeNanos;
    private final TreeMap<InterfaceName, Interface> interfaces = new TreeMap<>();
    /** The subnets of the interfaces' addresses per VRF, kept in step with {@link #interfaces}. */
    private final ConnectedSubnets connectedSubnets = new ConnectedSubnets();
    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private final List<org.looplab.config.TerminalLine> terminalLines = new java.util.ArrayList<>(List.of(
            new org.looplab.config.TerminalLine(org.looplab.config.TerminalLine.Kind.CONSOLE, 0, 0),
            new org.looplab.config.TerminalLine(org.looplab.config.TerminalLine.Kind.AUX, 0, 0),
            org.looplab.config.TerminalLine.sshVty()));
    private final org.looplab.config.DeviceServices services = new org.looplab.config.DeviceServices();
    private final org.looplab.config.Banners banners = new org.looplab.config.Banners();
    private final VtySessions vtySessions = new VtySessions();
    private final Syslog log = new Syslog();
    private final org.looplab.debug.Debugging debugging = new org.looplab.debug.Debugging();
    private final Rib rib;
    private final StaticRouting staticRouting;
    private Fib fib;
    private Ospf ospf;
    /** Protocols and services attached to this router (TCP, BGP...), created on first use; see {@link #attachment}. */
    private final Map<Class<?>, Object> attachments = new LinkedHashMap<>(2);
    private final List<InterfaceListener> interfaceListeners = new java.util.ArrayList<>(2);
    private final List<Runnable> powerLossListeners = new java.util.ArrayList<>(1);
    private String hostname;
    private Secret enableSecret;
    private boolean poweredOn = true;
    private String startupConfigText;
    private String defaultConfigText;
    private Secret enablePassword;
    private final PortLayout portLayout;
    private final TunnelLineProtocol tunnelLineProtocol;
    private final TunnelKeepalives tunnelKeepalives;
    /** False for a Linux end host (net.ipv4.ip_forward=0): transit packets are dropped, not forwarded. */
    private boolean forwarding = true;
    /** True for a Linux end host of a topology: no IOS CLI, pinged and pinging from the lab console. */
    private boolean endHost;

    Router(Lab lab, String name, int index) {
        this(lab, name, index, PortLayout.IOSV);
    }

    Router(Lab lab, String name, int index, PortLayout portLayout) {
        this.lab = lab;
        this.name = name;
        this.index = index;
        this.hostname = name;
        this.bootTimeNanos = lab.kernel().now();
        Kernel kernel = lab.kernel();
        this.rib = new Rib(kernel::now);
        this.staticRouting = new StaticRouting(rib, this::isInterfaceUp);
        new org.looplab.debug.RoutingDebug(rib, debugging, this::log);
        this.tunnelLineProtocol = new TunnelLineProtocol(this);
        this.tunnelKeepalives = new TunnelKeepalives(this);
        this.portLayout = portLayout;
        for (InterfaceName port : portLayout.atBoot()) {
            addPhysical(port);
        }
    }

    /** The physical ports this router's model has. */
    public PortLayout portLayout() {
        return portLayout;
    }

    /**
     * Makes this node a Linux end host: {@code forwards} is its {@code net.ipv4.ip_forward} (Linux's default
     * is off, so a packet not addressed to it is dropped, as a host drops it).
     */
    public void markEndHost(boolean forwards) {
        this.endHost = true;
        this.forwarding = forwards;
    }

    /** True for a Linux end host (no IOS CLI); see {@link #markEndHost}. */
    public boolean isEndHost() {
        return endHost;
    }

    /** False when packets not addressed to this node are dropped instead of forwarded (a Linux host). */
    public boolean isForwarding() {
        return forwarding;
    }

    /** The node's name in the topology ({@code r1}); the hostname may differ. */
    public String name() {
        return name;
    }

    /** Position of the router in its lab, from 1. */
    public int index() {
        return index;
    }

    public Lab lab() {
        return lab;
    }

    public Kernel kernel() {
        return lab.kernel();
    }

    public long bootTimeNanos() {
        return bootTimeNanos;
    }

    public Syslog log() {
        return log;
    }

    public Rib rib() {
        return rib;
    }

    // ---- VRFs: a routing and forwarding table per VRF, beside the global one ----

    /** One VRF's tables: its RIB, its static routes and the FIB derived from them. */
    private final class VrfTables {
        final Rib rib = new Rib(lab.kernel()::now);
        final StaticRouting statics = new StaticRouting(rib, Router.this::isInterfaceUp);
        Fib fib;

        VrfTables() {
            rib.addListener(prefix -> tunnelLineProtocol.scheduleCheck()); // a tunnel's underlay may be this VRF
        }
    }

    private final Map<String, VrfTables> vrfs = new TreeMap<>();

    /** {@code vrf definition NAME} / {@code ip vrf NAME}: the VRF exists from now on (once). */
    public void defineVrf(String vrf) {
        vrfs.computeIfAbsent(vrf, v -> new VrfTables());
    }

    /** True when {@code vrf definition NAME} or {@code ip vrf NAME} defined it. */
    public boolean hasVrf(String vrf) {
        return vrfs.containsKey(vrf);
    }

    /** The VRFs defined, by name. */
    public java.util.Set<String> vrfNames() {
        return Collections.unmodifiableSet(vrfs.keySet());
    }

    /**
     * {@code no vrf definition NAME}: the VRF goes, and its interfaces return to the global table without
     * their addresses (IOS removes them). False when there was no such VRF.
     */
    public boolean removeVrf(String vrf) {
        if (!vrfs.containsKey(vrf)) {
            return false;
        }
        for (Interface member : List.copyOf(interfaces.values())) {
            if (vrf.equals(member.vrf())) {
                setVrf(member, null);
            }
        }
        if (ospf != null) {
            ospf.removeProcessesIn(vrf);
        }
        vrfs.remove(vrf);
        return true;
    }

    /** The RIB of a VRF; null names the global table. */
    public Rib rib(String vrf) {
        return vrf == null ? rib : tables(vrf).rib;
    }

    /** The FIB of a VRF, rebuilt when its RIB changed; null names the global table. */
    public Fib fib(String vrf) {
        if (vrf == null) {
            return fib();
        }
        VrfTables tables = tables(vrf);
        if (tables.fib == null || tables.fib.ribVersion() != tables.rib.version()) {
            tables.fib = Fib.of(tables.rib);
        }
        return tables.fib;
    }

    private VrfTables tables(String vrf) {
        VrfTables tables = vrfs.get(vrf);
        if (tables == null) {
            throw new IllegalArgumentException("no VRF " + vrf);
        }
        return tables;
    }

    /** IOS's refusal of {@code vrf forwarding NAME} for a VRF that is not defined, or null. */
    public String vrfRefusal(String vrf) {
        return vrf == null || vrfs.containsKey(vrf) ? null : "% VRF " + vrf + " not configured.";
    }

    /** IOS's refusal of {@code ip route vrf NAME ...} for a VRF that is not defined, or null. */
    private String routingTableRefusal(String vrf) {
        return vrf == null || vrfs.containsKey(vrf) ? null : "% IP routing table " + vrf + " does not exist. Create first";
    }

    /**
     * {@code vrf forwarding NAME} (null: {@code no vrf forwarding}): the interface moves to that VRF's
     * table. As on IOS, its address goes with the move; the message IOS prints then is returned (null when
     * the interface had no address). The VRF must exist ({@link #vrfRefusal}).
     */
    public String setVrf(Interface target, String vrf) {
        String old = target.vrf();
        if (java.util.Objects.equals(old, vrf)) {
            return null;
        }
        String message = null;
        if (target.address() != null) {
            message = "% Interface " + target.name().fullName() + " IPv4 disabled and address(es) removed due to "
                    + (vrf != null ? "enabling VRF " + vrf : "disabling VRF " + old);
            withdrawRoutes(target);
            target.setAddress(null);
        } else {
            withdrawRoutes(target);
        }
        target.setVrf(vrf);
        connectedSubnets.update(target);
        reevaluateStatics();
        notifyProtocols(target);
        return message;
    }

    /** {@code ip route vrf NAME ...}: as {@link #addStaticRoute}, in that VRF's table. */
    public String addStaticRoute(String vrf, Ipv4Address network, Ipv4Address mask, InterfaceName outgoing,
                                 Ipv4Address nextHop, int distance) {
        if (vrf == null) {
            return addStaticRoute(network, mask, outgoing, nextHop, distance);
        }
        String refused = routingTableRefusal(vrf);
        if (refused == null) {
            refused = StaticRouteRules.check(network, mask, outgoing, nextHop, distance, this::ownsAddress,
                    interfaceName -> interfaces.containsKey(interfaceName));
        }
        if (refused != null) {
            return refused;
        }
        Ipv4Prefix prefix = new Ipv4Prefix(network, Ipv4Prefix.lengthOfMask(mask));
        tables(vrf).statics.add(new StaticRoute(prefix, outgoing, nextHop, distance));
        return null;
    }

    /** The {@code ip route vrf NAME} lines of a VRF, in the order they were entered. */
    public List<StaticRoute> staticRoutes(String vrf) {
        return vrf == null ? staticRoutes() : tables(vrf).statics.configured();
    }

    private void reevaluateStatics() {
        staticRouting.reevaluate();
        for (VrfTables tables : vrfs.values()) {
            tables.statics.reevaluate();
        }
    }

    /** The forwarding table derived from the RIB, rebuilt when the RIB has changed since the last call. */
    public Fib fib() {
        if (fib == null || fib.ribVersion() != rib.version()) {
            fib = Fib.of(rib);
        }
        return fib;
    }

    /** The router's OSPF ({@code router ospf N} processes and {@code ip ospf} lines), created on first use. */
    public Ospf ospf() {
        if (ospf == null) {
            ospf = new Ospf(this);
        }
        return ospf;
    }

    /**
     * The one instance of {@code type} attached to this router, created by {@code create} on first use.
     * Protocols plug in this way (TcpStack.of, Bgp.of) so the router does not name them.
     */
    public <T> T attachment(Class<T> type, java.util.function.Function<Router, T> create) {
        Object existing = attachments.get(type);
        if (existing == null) {
            existing = create.apply(this);
            attachments.put(type, existing);
        }
        return type.cast(existing);
    }

    /** The instance of {@code type} attached to this router, or null when none has been created. */
    public <T> T attachmentIfPresent(Class<T> type) {
        return type.cast(attachments.get(type));
    }

    /** Tells {@code listener} about every later interface change (address, state, existence). */
    public void addInterfaceListener(InterfaceListener listener) {
        interfaceListeners.add(listener);
    }

    /**
     * Runs {@code listener} each time the router loses power, after its interfaces went down: what lives
     * only in memory (TCP connections, sessions) is lost there, without a word to anyone.
     */
    public void addPowerLossListener(Runnable listener) {
        powerLossListeners.add(listener);
    }

    /** Tells the routing protocols that an interface changed (address, state, existence). */
    private void notifyProtocols(Interface target) {
        tunnelLineProtocol.scheduleCheck(); // a tunnel's source may be this interface
        if (ospf != null) {
            ospf.interfaceChanged(target);
        }
        for (InterfaceListener listener : List.copyOf(interfaceListeners)) {
            listener.interfaceChanged(target);
        }
    }

    // ---- static routes ----

    /** The {@code ip route} lines in the order they were entered. */
    public List<StaticRoute> staticRoutes() {
        return staticRouting.configured();
    }

    /** True when the static route is a candidate in the RIB now (its next hop or interface is usable). */
    public boolean isStaticRouteUsable(StaticRoute route) {
        return staticRouting.isUsable(route);
    }

    /**
     * {@code ip route NETWORK MASK {NEXT-HOP | INTERFACE [NEXT-HOP]} [DISTANCE]}; {@code outgoing} or
     * {@code nextHop} may be null (not both). Returns null when applied, otherwise IOS's message and
     * nothing changes.
     */
    public String addStaticRoute(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing,
                                 Ipv4Address nextHop, int distance) {
        String refused = StaticRouteRules.check(network, mask, outgoing, nextHop, distance, this::ownsAddress,
                interfaceName -> interfaces.containsKey(interfaceName));
        if (refused != null) {
            return refused;
        }
        Ipv4Prefix prefix = new Ipv4Prefix(network, Ipv4Prefix.lengthOfMask(mask));
        staticRouting.add(new StaticRoute(prefix, outgoing, nextHop, distance));
        return null;
    }

    /**
     * Runs a batch of configuration changes (a startup-config) with the static routes
     * evaluated once at its end instead of after every line; returns what {@code changes} returns.
     */
    public <T> T configureInBatch(Supplier<T> changes) {
        staticRouting.hold();
        try {
            return changes.get();
        } finally {
            staticRouting.release();
        }
    }

    /** A typed {@code ip route} line (from a saved config); the same checks as the text form. */
    public String addStaticRoute(StaticRoute route) {
        return addStaticRoute(route.prefix().network(), route.prefix().mask(), route.outgoing(), route.nextHop(),
                route.distance());
    }

    /**
     * {@code no ip route NETWORK MASK [INTERFACE] [NEXT-HOP]}: with neither interface nor next hop, every
     * line for the prefix goes. Returns null when something was removed, otherwise IOS's message.
     */
    public String removeStaticRoute(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing,
                                    Ipv4Address nextHop) {
        return removeStaticRoute(null, network, mask, outgoing, nextHop);
    }

    /** {@code no ip route vrf NAME ...}: as {@link #removeStaticRoute}, in that VRF's table (null: global). */
    public String removeStaticRoute(String vrf, Ipv4Address network, Ipv4Address mask, InterfaceName outgoing,
                                    Ipv4Address nextHop) {
        String refused = routingTableRefusal(vrf);
        if (refused == null) {
            refused = StaticRouteRules.checkDestination(network, mask);
        }
        if (refused != null) {
            return refused;
        }
        StaticRouting table = vrf == null ? staticRouting : tables(vrf).statics;
        Ipv4Prefix prefix = new Ipv4Prefix(network, Ipv4Prefix.lengthOfMask(mask));
        boolean removed = outgoing == null && nextHop == null
                ? table.removeAll(prefix)
                : table.remove(new StaticRoute(prefix, outgoing, nextHop, StaticRoute.DEFAULT_DISTANCE));
        return removed ? null : StaticRouteRules.NO_MATCHING_ROUTE;
    }

    /** True when the address is configured on one of this router's interfaces, whatever their state. */
    public boolean ownsAddress(Ipv4Address address) {
        return connectedSubnets.isConfigured(address);
    }

    /** Line protocol of a named interface; Null0 is always up, an unknown interface is down. */
    public boolean isInterfaceUp(InterfaceName interfaceName) {
        if (interfaceName.isNull()) {
            return true;
        }
        Interface named = interfaces.get(interfaceName);
        return named != null && named.isProtocolUp();
    }

    // ---- global configuration ----

    public String hostname() {
        return hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = TerminalSafeText.strip(hostname);
    }

    /** The {@code enable password} (type 0 or 7), or null; {@code enable} uses it only without a secret. */
    public Secret enablePassword() {
        return enablePassword;
    }

    public void setEnablePassword(Secret password) {
        this.enablePassword = password;
    }

    /** What {@code enable} checks: the secret, else the password, else null (no password asked). */
    public Secret enableCheck() {
        return enableSecret != null ? enableSecret : enablePassword;
    }

    /** The {@code enable secret}, or null when none is set. */
    public Secret enableSecret() {
        return enableSecret;
    }

    public void setEnableSecret(Secret secret) {
        this.enableSecret = secret;
    }

    /** The {@code line} blocks, in running-config order (con, aux, vty); kernel thread only. */
    public List<org.looplab.config.TerminalLine> terminalLines() {
        return terminalLines;
    }

    public org.looplab.config.DeviceServices services() {
        return services;
    }

    /** The {@code banner} texts; kernel thread only. */
    public org.looplab.config.Banners banners() {
        return banners;
    }

    /** The sessions open on the router's vty lines (for {@code show users}); kernel thread only. */
    public VtySessions vtySessions() {
        return vtySessions;
    }

    public Collection<UserAccount> users() {
        return Collections.unmodifiableCollection(users.values());
    }

    public UserAccount user(String userName) {
        return users.get(userName);
    }

    public void putUser(UserAccount account) {
        users.put(account.name(), account);
    }

    public void removeUser(String userName) {
        users.remove(userName);
    }

    // ---- interfaces ----

    /** All interfaces in IOS order: GigabitEthernet ports, then loopbacks, each by number. */
    public Collection<Interface> interfaces() {
        return Collections.unmodifiableCollection(interfaces.values());
    }

    /** The interface of that name, or null when the router has none. */
    public Interface interfaceNamed(InterfaceName interfaceName) {
        return interfaces.get(interfaceName);
    }

    /**
     * The interface {@code interface NAME} enters: an existing one, a new loopback (created up, as IOS
     * does), a new Port-channel or Vlan (down: no member is bundled, nothing is switched), a new subinterface of an interface it has
     * (up with its parent), or a port of unnamed hardware that its configuration names. Returns null for a
     * physical interface the router does not have.
     */
    public Interface enterInterface(InterfaceName interfaceName) {
        Interface existing = interfaces.get(interfaceName);
        if (existing != null) {
            return existing;
        }
        if (interfaceName.isPhysicalPort()) {
            return portLayout.addsPortsFromConfiguration() && portLayout.has(interfaceName)
                    ? addPhysical(interfaceName) : null;
        }
        if (interfaceName.isSubinterface()) {
            InterfaceName parent = interfaceName.parent();
            if (interfaces.get(parent) == null && (!parent.isPhysicalPort() || enterInterface(parent) == null)) {
                return null;
            }
        } else if (interfaceName.type() == InterfaceName.Type.TUNNEL) {
            // IOS creates a tunnel up, its line protocol down until it has a source and a route to its destination.
            Interface tunnel = new Interface(this, interfaceName, false, InterfaceStatus.UP);
            interfaces.put(interfaceName, tunnel);
            log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + interfaceName.fullName() + ", changed state to down");
            refresh(tunnel);
            return tunnel;
        } else if (!interfaceName.isLoopback() && !interfaceName.isUnsimulatedVirtual()) {
            return null;
        }
        Interface created = new Interface(this, interfaceName, false, InterfaceStatus.DOWN);
        interfaces.put(interfaceName, created);
        refresh(created);
        return created;
    }

    // ---- GRE tunnels ----

    // Names sort by type first, so the tunnels are one range of the table.
    private static final InterfaceName FIRST_TUNNEL = InterfaceName.of(InterfaceName.Type.TUNNEL, 0);
    private static final InterfaceName LAST_TUNNEL = InterfaceName.of(InterfaceName.Type.TUNNEL, Integer.MAX_VALUE);

    /** The router's tunnel interfaces, by number. */
    public List<Interface> tunnels() {
        return List.copyOf(tunnelRange().values());
    }

    /** True when the router has a tunnel: asked on every RIB change, so no copy and no name built. */
    public boolean hasTunnels() {
        return !tunnelRange().isEmpty();
    }

    private NavigableMap<InterfaceName, Interface> tunnelRange() {
        return interfaces.subMap(FIRST_TUNNEL, true, LAST_TUNNEL, true);
    }

    /** A tunnel's {@code tunnel ...} and {@code keepalive} lines and their {@code no} forms. */
    public void setTunnel(Interface tunnel, TunnelSettings settings) {
        tunnel.setTunnel(settings);
        tunnelKeepalives.configured(tunnel);
        refresh(tunnel);
        tunnelLineProtocol.scheduleCheck(); // the underlay VRF or the mode may have changed what the FIB says
    }

    /** A GRE keepalive this router sent came back through {@code tunnel}. */
    public void tunnelKeepaliveAnswered(Interface tunnel) {
        tunnelKeepalives.answered(tunnel);
    }

    /** True when unanswered keepalives hold the tunnel's line protocol down (it still takes keepalives in). */
    public boolean tunnelKeepaliveFailed(Interface tunnel) {
        return tunnelKeepalives.failed(tunnel);
    }

    /**
     * {@code no interface LoopbackN} (or a Port-channel, or a subinterface, which a main interface's removal
     * takes with it); returns false when there is no such interface.
     */
    public boolean removeLoopback(InterfaceName interfaceName) {
        Interface loopback = interfaces.get(interfaceName);
        if (loopback == null || loopback.name().isPhysicalPort()) {
            return false;
        }
        for (Interface sub : subinterfacesOf(loopback)) {
            removeLoopback(sub.name());
        }
        withdrawRoutes(loopback);
        interfaces.remove(interfaceName);
        connectedSubnets.remove(loopback);
        reevaluateStatics();
        if (ospf != null) {
            ospf.interfaceRemoved(interfaceName);
        }
        for (InterfaceListener listener : List.copyOf(interfaceListeners)) {
            listener.interfaceRemoved(interfaceName);
        }
        return true;
    }

    /**
     * A physical port, added (shut down, as IOS ships them) when missing and the model can have it, with
     * the ports that come with it (IOL's slot of four); null when the model has no such port.
     */
    Interface physical(InterfaceName port) {
        Interface existing = interfaces.get(port);
        if (existing != null) {
            return existing;
        }
        if (!portLayout.has(port)) {
            return null;
        }
        for (InterfaceName each : portLayout.withPort(port)) {
            if (!interfaces.containsKey(each)) {
                addPhysical(each);
            }
        }
        return interfaces.get(port);
    }

    private Interface addPhysical(InterfaceName interfaceName) {
        Interface physical = new Interface(this, interfaceName, true, InterfaceStatus.ADMINISTRATIVELY_DOWN);
        interfaces.put(interfaceName, physical);
        return physical;
    }

    /** IOS's refusal of {@code ip address} on a subinterface that has no VLAN encapsulation yet. */
    public static final String LAN_SUBINTERFACE_NEEDS_VLAN = "% Configuring IP routing on a LAN subinterface is only allowed if"
            + " that subinterface is already configured as part of an IEEE 802.10, IEEE 802.1Q, or ISL vLAN.";

    /**
     * {@code encapsulation dot1Q N [native]} on a subinterface (null: {@code no encapsulation dot1Q}, after
     * which it sends and takes no frames). Returns null when applied, else IOS's message: a VLAN another
     * subinterface of the same main interface has.
     */
    public String setEncapsulation(Interface sub, Dot1qEncapsulation encapsulation) {
        if (encapsulation != null) {
            for (Interface sibling : subinterfacesOf(sub.port())) {
                if (sibling != sub && sibling.encapsulation() != null
                        && sibling.encapsulation().vlan() == encapsulation.vlan()) {
                    return "% Configuration of multiple subinterfaces of the same main interface with the same VID ("
                            + encapsulation.vlan() + ") is not permitted.\nThis VID is already configured on "
                            + sibling.name().fullName() + ".";
                }
            }
        }
        if (java.util.Objects.equals(sub.encapsulation(), encapsulation)) {
            return null;
        }
        sub.setEncapsulation(encapsulation);
        notifyProtocols(sub); // its neighbours are now those of the new VLAN
        return null;
    }

    /** {@code bandwidth N} (kbit/s; 0: {@code no bandwidth}): OSPF's auto-cost follows, as on IOS. */
    public void setBandwidth(Interface target, long kbps) {
        target.setBandwidthKbps(kbps);
        if (ospf != null) {
            ospf.bandwidthChanged(target);
        }
    }

    /** {@code duplex full|half|auto} (null: {@code no duplex}): the ends renegotiate; CDP's next frame tells of a mismatch. */
    public void setDuplex(Interface port, Duplex duplex) {
        port.setDuplexLine(duplex);
    }

    /**
     * {@code speed N} (0: {@code speed auto}, null: {@code no speed}): the bandwidth follows (so OSPF's cost), and ends whose speeds differ lose
     * carrier, so the link goes down on both sides.
     */
    public void setSpeed(Interface port, Integer mbps) {
        port.setSpeedLine(mbps);
        refreshBothEnds(port);
        if (ospf != null) {
            ospf.bandwidthChanged(port);
            for (Interface sub : subinterfacesOf(port)) {
                ospf.bandwidthChanged(sub);
            }
        }
    }

    /** {@code mtu N} (0: {@code no mtu}); OSPF reads the IP MTU it implies when it next describes its database. */
    public void setMtu(Interface target, int bytes) {
        target.setMtu(bytes);
    }

    /** {@code ip mtu N} (0: {@code no ip mtu}); false, and nothing changes, when N exceeds the interface MTU. */
    public boolean setIpMtu(Interface target, int bytes) {
        if (bytes > target.mtu()) {
            return false;
        }
        target.setIpMtu(bytes);
        return true;
    }

    public void setDescription(Interface target, String description) {
        target.setDescription(TerminalSafeText.strip(description));
    }

    /**
     * {@code ip address ADDRESS MASK}: replaces the primary address (secondaries stay; one equal to the
     * new primary is dropped, as IOS does). Returns null when applied, otherwise IOS's message and
     * nothing changes.
     */
    public String setAddress(Interface target, Ipv4Address address, Ipv4Address mask) {
        String refused = addressRefusal(target, address, mask);
        if (refused != null) {
            return refused;
        }
        InterfaceAddress wanted = new InterfaceAddress(address, Ipv4Prefix.lengthOfMask(mask));
        if (wanted.equals(target.address())) {
            return null; // nothing changes, quietly, as IOS
        }
        String overlap = overlap(target, wanted);
        if (overlap != null) {
            return overlap;
        }
        withdrawRoutes(target);
        for (InterfaceAddress secondary : target.secondaryAddresses()) {
            if (secondary.address().equals(address)) {
                target.removeSecondary(secondary);
                break;
            }
        }
        target.setAddress(wanted);
        connectedSubnets.update(target);
        announceRoutes(target);
        notifyProtocols(target);
        return null;
    }

    /**
     * {@code ip address ADDRESS MASK secondary}: one more address on the interface, with its connected
     * and local routes. Returns null when applied, otherwise IOS's message.
     */
    public String addSecondaryAddress(Interface target, Ipv4Address address, Ipv4Address mask) {
        String refused = addressRefusal(target, address, mask);
        if (refused != null) {
            return refused;
        }
        InterfaceAddress wanted = new InterfaceAddress(address, Ipv4Prefix.lengthOfMask(mask));
        if (target.secondaryAddresses().contains(wanted)) {
            return null;
        }
        if (target.address() != null && target.address().subnet().overlaps(wanted.subnet())) {
            return "% " + wanted.subnet().network() + " overlaps with " + target.name().fullName();
        }
        String overlap = overlap(target, wanted);
        if (overlap != null) {
            return overlap;
        }
        withdrawRoutes(target);
        target.addSecondary(wanted);
        connectedSubnets.update(target);
        announceRoutes(target);
        notifyProtocols(target);
        return null;
    }

    private static String addressRefusal(Interface target, Ipv4Address address, Ipv4Address mask) {
        if (target.name().isSubinterface() && target.port().name().type() != InterfaceName.Type.SERIAL
                && target.encapsulation() == null) {
            return LAN_SUBINTERFACE_NEEDS_VLAN;
        }
        return AddressRules.checkInterfaceAddress(address, mask);
    }

    /** {@code no ip address ADDRESS MASK secondary}: removes that secondary; null, or IOS's message. */
    public String removeSecondaryAddress(Interface target, Ipv4Address address, Ipv4Address mask) {
        int length = Ipv4Prefix.lengthOfMask(mask);
        InterfaceAddress named = new InterfaceAddress(address, length);
        if (!target.secondaryAddresses().contains(named)) {
            return null; // nothing to remove; the IOS message for this case is not on record here, so none
        }
        withdrawRoutes(target);
        target.removeSecondary(named);
        connectedSubnets.update(target);
        announceRoutes(target);
        notifyProtocols(target);
        return null;
    }

    /** What IOS prints for {@code no ip address A M} naming an address the interface does not have. */
    public static final String INVALID_ADDRESS = "Invalid address";
    /** What IOS prints for {@code no ip address A M} (the primary) while secondaries remain. */
    public static final String SECONDARY_FIRST = "Must delete secondary before deleting primary";

    /**
     * {@code no ip address ADDRESS MASK}: removes the primary only when it is that address and no
     * secondary remains; otherwise IOS's message and nothing changes.
     */
    public String removeAddress(Interface target, Ipv4Address address, Ipv4Address mask) {
        if (!target.secondaryAddresses().isEmpty()) {
            return SECONDARY_FIRST;
        }
        InterfaceAddress current = target.address();
        if (current == null || !current.address().equals(address) || !current.mask().equals(mask)) {
            return INVALID_ADDRESS;
        }
        removeAddress(target);
        return null;
    }

    /** Which overlapping address IOS names: the first interface in IOS order, its primary before its secondaries. */
    private static final java.util.Comparator<ConnectedSubnets.Entry> FIRST_NAMED =
            java.util.Comparator.comparing((ConnectedSubnets.Entry entry) -> entry.owner().name())
                    .thenComparing(ConnectedSubnets.Entry::secondary)
                    .thenComparingInt(entry -> entry.owner().secondaryAddresses().indexOf(entry.address()));

    /** IOS's message when {@code wanted} overlaps another interface's subnet in the same VRF, or null. */
    private String overlap(Interface target, InterfaceAddress wanted) {
        // Subnets may repeat across VRFs, not within one.
        ConnectedSubnets.Entry other = connectedSubnets.overlapping(target.vrf(), wanted.subnet(), target).stream()
                .min(FIRST_NAMED).orElse(null);
        if (other == null) {
            return null;
        }
        String prefix = "% " + wanted.subnet().network();
        String owner = other.owner().name().fullName();
        if (!other.secondary()) {
            return prefix + " overlaps with " + owner;
        }
        return other.address().subnet().equals(wanted.subnet())
                ? prefix + " is assigned as a secondary address on " + owner
                : prefix + " overlaps with secondary address on " + owner;
    }

    /** Marks every address as read from the startup-config, as IOS's boot does ("NVRAM"). */
    public void markAddressesFromStartupConfig() {
        interfaces.values().forEach(Interface::markAddressFromStartupConfig);
    }

    /** {@code no ip address}: the primary and every secondary go. */
    public void removeAddress(Interface target) {
        withdrawRoutes(target);
        target.setAddress(null);
        target.clearSecondaries();
        connectedSubnets.remove(target);
        notifyProtocols(target);
    }

    /** {@code shutdown} / {@code no shutdown}; the far end of the link follows. */
    public void setShutdown(Interface target, boolean shutdown) {
        if (target.isShutdown() == shutdown) {
            return;
        }
        target.setShutdown(shutdown);
        refreshBothEnds(target);
    }

    /** Refreshes a port and, when its cable is plugged in, the far end, whose carrier depends on it too. */
    private void refreshBothEnds(Interface target) {
        refresh(target);
        Link cable = target.link();
        if (cable != null && cable.isConnected()) {
            Interface far = cable.otherEnd(target);
            far.router().refresh(far);
        }
    }

    /**
     * Brings an interface's status in line with its configuration and link: logs each change as IOS
     * does and installs or withdraws its connected and local routes.
     */
    void refresh(Interface target) {
        if (interfaces.get(target.name()) != target) {
            return; // a loopback removed by "no interface" while another session still had it selected
        }
        InterfaceStatus before = target.status();
        InterfaceStatus after = target.wantedStatus();
        boolean protocolWasUp = target.isProtocolUp();
        boolean protocolUp = target.wantedLineProtocol(after);
        if (before == after && protocolWasUp == protocolUp) {
            return;
        }
        target.setStatus(after, protocolUp);
        String fullName = target.name().fullName();
        if (before != after && after == InterfaceStatus.ADMINISTRATIVELY_DOWN) {
            log("%LINK-5-CHANGED: Interface " + fullName + ", changed state to administratively down");
        } else if (before != after) {
            log("%LINK-3-UPDOWN: Interface " + fullName + ", changed state to " + after.text());
        }
        if (protocolWasUp != protocolUp) {
            log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + fullName + ", changed state to "
                    + (target.isProtocolUp() ? "up" : "down"));
            if (target.isProtocolUp()) {
                announceRoutes(target);
            } else {
                withdrawRoutes(target);
            }
            // Statics to this interface follow its line protocol even when it has no address.
            reevaluateStatics();
            notifyProtocols(target);
        }
        for (Interface sub : subinterfacesOf(target)) {
            refresh(sub);
        }
    }

    /** The subinterfaces of a main interface ({@code Gi0/0.10} of {@code Gi0/0}), by number; none for a subinterface. */
    List<Interface> subinterfacesOf(Interface main) {
        if (main.name().isSubinterface()) {
            return List.of();
        }
        List<Interface> subs = new java.util.ArrayList<>(0);
        for (Map.Entry<InterfaceName, Interface> entry : interfaces.tailMap(main.name(), false).entrySet()) {
            if (!entry.getKey().isSubinterface() || !entry.getKey().parent().equals(main.name())) {
                break;
            }
            subs.add(entry.getValue());
        }
        return subs;
    }

    private void announceRoutes(Interface target) {
        InterfaceAddress address = target.address();
        if (address == null || !target.isProtocolUp() || interfaces.get(target.name()) != target) {
            return;
        }
        installConnected(target, address);
        for (InterfaceAddress secondary : target.secondaryAddresses()) {
            installConnected(target, secondary);
        }
    }

    private void installConnected(Interface target, InterfaceAddress address) {
        Rib table = rib(target.vrf()); // connected routes go to the interface's VRF
        table.install(Route.connected(address.subnet(), target.name()));
        // A /32 (a loopback, usually) is its own connected route; IOS adds no local route beside it.
        if (address.length() < 32) {
            table.install(Route.local(address.address(), target.name()));
        }
    }

    private void withdrawRoutes(Interface target) {
        Rib table = rib(target.vrf());
        InterfaceAddress address = target.address();
        if (address != null) {
            table.remove(address.subnet(), RouteSource.CONNECTED);
            table.remove(new Ipv4Prefix(address.address(), 32), RouteSource.LOCAL);
        }
        for (InterfaceAddress secondary : target.secondaryAddresses()) {
            table.remove(secondary.subnet(), RouteSource.CONNECTED);
            table.remove(new Ipv4Prefix(secondary.address(), 32), RouteSource.LOCAL);
        }
        // Every other route out of the interface goes too, now: the protocols catch up later.
        table.withdrawVia(target.name());
    }

    /** The {@code debug} settings: what the protocols report to the log as they work. */
    public org.looplab.debug.Debugging debugging() {
        return debugging;
    }

    /** Logs debug output (a line each) when that debugging is on; a null text logs nothing. */
    public void debug(org.looplab.debug.DebugFlag flag, java.util.function.Supplier<String> text) {
        debug(flag, flag, text);
    }

    /** Logs debug output when either debugging is on ({@code debug ip ospf events} covers the hello lines). */
    public void debug(org.looplab.debug.DebugFlag flag, org.looplab.debug.DebugFlag orFlag,
            java.util.function.Supplier<String> text) {
        if (debugging.isOn(flag) || debugging.isOn(orFlag)) {
            String lines = text.get();
            if (lines != null) {
                for (String line : lines.split("\n")) {
                    log(line);
                }
            }
        }
    }

    /** Adds a message to the logging buffer, stamped with the virtual clock; a router without power logs nothing. */
    public void log(String text) {
        if (poweredOn) {
            log.log(kernel().now(), text);
        }
    }

    /**
     * Its startup-config as NVRAM holds it: the text it booted from (a saved config, its topology file,
     * or the kind's default, as on a containerlab node), replaced by each {@code write memory}; what
     * {@code reload} boots from. Null when it has none.
     */
    public String startupConfigText() {
        return startupConfigText;
    }

    public void setStartupConfigText(String text) {
        this.startupConfigText = text;
    }

    /**
     * What it boots from when nvram: holds no startup-config (after {@code erase startup-config}): its
     * kind's default, as containerlab gives a node without one (the topology's file counts at first boot
     * only). Null when it has none.
     */
    public String defaultConfigText() {
        return defaultConfigText;
    }

    public void setDefaultConfigText(String text) {
        this.defaultConfigText = text;
    }

    /** False after a power cut ({@link #setPoweredOn}) until power comes back. */
    public boolean isPoweredOn() {
        return poweredOn;
    }

    /**
     * Cuts the power (a crash: every interface goes down at once and the far ends lose carrier, so the
     * neighbours log it and reroute) or brings it back (interfaces come up again as configured, and the
     * router logs a restart as IOS does at boot). The configuration in memory stays.
     */
    public void setPoweredOn(boolean on) {
        if (poweredOn == on) {
            return;
        }
        poweredOn = on;
        if (on) {
            log("%SYS-5-RESTART: System restarted --");
        }
        for (Interface own : List.copyOf(interfaces.values())) {
            refresh(own);
            Interface far = own.link() == null ? null : own.link().otherEnd(own);
            if (far != null) {
                far.router().refresh(far);
            }
        }
        if (!on) {
            for (Runnable listener : List.copyOf(powerLossListeners)) {
                listener.run();
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
