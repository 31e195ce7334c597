package org.looplab.router;

import org.looplab.net.InterfaceAddress;

/**
 * One interface of a router: its configuration ({@code description}, {@code ip address}, {@code shutdown})
 * and its state, which {@link Router} keeps in step with the configuration and the link.
 */
public final class Interface {
    /** IOS's default {@code arp timeout}: 4 hours. */
    public static final long DEFAULT_ARP_TIMEOUT_NANOS = 4 * 3600 * 1_000_000_000L;

    private final Router router;
    private final InterfaceName name;
    private String description;
    private InterfaceAddress address;
    /** {@code ip address A M secondary}, in the order they were added. */
    private final java.util.List<InterfaceAddress> secondaries = new java.util.ArrayList<>(0);
    private boolean addressFromStartupConfig;
    private boolean shutdown;
    private Link link;
    private InterfaceStatus status;
    private boolean sendsUnreachables = true;
    /** The VRF the interface forwards in ({@code vrf forwarding NAME}), or null for the global table. */
    private String vrf;
    private final InterfaceCounters counters = new InterfaceCounters();
    /** {@code arp timeout N}: how long a learned ARP entry lives (IOS's default 4 hours; 0: never expires). */
    private long arpTimeoutNanos = DEFAULT_ARP_TIMEOUT_NANOS;
    /** {@code bandwidth N} in kbit/s, or 0 for the port's own ({@link #defaultBandwidthKbps}). */
    private long bandwidthKbps;
    /** {@code mtu N}: the largest frame payload the port sends, or 0 for the port's own ({@link #defaultMtu}). */
    private int mtu;
    /** {@code ip mtu N}: the largest IP packet sent without fragmentation, or 0 to follow {@link #mtu()}. */
    private int ipMtu;
    /** The {@code duplex full|half|auto} line of an Ethernet port, or null when it has none (auto). */
    private Duplex duplexLine;
    /** The {@code speed} line: 10, 100, 1000, 0 for {@code speed auto}, or null when it has none (auto). */
    private Integer speedLine;
    /** {@code encapsulation dot1Q N [native]} of a subinterface, or null. */
    private Dot1qEncapsulation encapsulation;
    /** Line protocol, kept by {@link Router} with the status: a tunnel may be up with its line protocol down. */
    private boolean lineProtocolUp;
    /** A tunnel's {@code tunnel source} and {@code tunnel destination}. */
    private TunnelSettings tunnel = TunnelSettings.NONE;
    /** Until when a tunnel stays down after IOS found it routing to its destination through itself. */
    private long recursionHeldUntil = Long.MIN_VALUE;

    Interface(Router router, InterfaceName name, boolean shutdown, InterfaceStatus status) {
        this.router = router;
        this.name = name;
        this.shutdown = shutdown;
        this.status = status;
    }

    public Router router() {
        return router;
    }

    public InterfaceName name() {
        return name;
    }

    public boolean isLoopback() {
        return name.isLoopback();
    }

    /** The {@code description} line, or null. */
    public String description() {
        return description;
    }

    /** The {@code ip address}, or null for {@code no ip address}. */
    public InterfaceAddress address() {
        return address;
    }

    /** The secondary addresses ({@code ip address A M secondary}), in the order they were added. */
    public java.util.List<InterfaceAddress> secondaryAddresses() {
        return java.util.Collections.unmodifiableList(secondaries);
    }

    /** True when {@code candidate} is the primary or a secondary address of this interface. */
    public boolean hasAddress(org.looplab.net.Ipv4Address candidate) {
        if (address != null && address.address().equals(candidate)) {
            return true;
        }
        for (InterfaceAddress secondary : secondaries) {
            if (secondary.address().equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the address was set, as {@code show ip interface brief}'s Method column says: {@code unset},
     * {@code NVRAM} (read from the startup-config at boot) or {@code manual} (typed since).
     */
    public String addressMethod() {
        return address == null ? "unset" : addressFromStartupConfig ? "NVRAM" : "manual";
    }

    /** The VRF of {@code vrf forwarding NAME}, or null when the interface is in the global table. */
    public String vrf() {
        return vrf;
    }

    void setVrf(String vrf) {
        this.vrf = vrf;
    }

    /** What crossed this interface's cable: frames, bytes, rates (see {@link InterfaceCounters}). */
    public InterfaceCounters counters() {
        return counters;
    }

    /** The bandwidth routing protocols and reports use: {@code bandwidth N}, else the port's own. */
    public long bandwidthKbps() {
        return bandwidthKbps != 0 ? bandwidthKbps : defaultBandwidthKbps();
    }

    /** True when a {@code bandwidth} line set it. */
    public boolean bandwidthConfigured() {
        return bandwidthKbps != 0;
    }

    /**
     * IOS's bandwidth of the port: Loopback 8000000 kbit/s, a GRE tunnel 100 (IOS 15), Ethernet its set
     * {@code speed} (a subinterface its port's), 1000000 at {@code speed auto}.
     */
    public long defaultBandwidthKbps() {
        if (isLoopback() || isTunnel()) {
            return isLoopback() ? 8_000_000 : 100;
        }
        Interface port = port();
        int speed = port == null ? 0 : port.configuredSpeedMbps();
        return (speed == 0 ? EthernetNegotiation.TOP_SPEED_MBPS : speed) * 1000L;
    }

    /** {@code duplex full|half|auto} as set ({@link Duplex#AUTO} by default). */
    public Duplex configuredDuplex() {
        return duplexLine == null ? Duplex.AUTO : duplexLine;
    }

    /** {@code speed N} as set, 0 for auto (the default). */
    public int configuredSpeedMbps() {
        return speedLine == null ? 0 : speedLine;
    }

    /** The {@code duplex} line as typed, or null when there is none. */
    public Duplex duplexLine() {
        return duplexLine;
    }

    /** The {@code speed} line as typed (0: {@code speed auto}), or null when there is none. */
    public Integer speedLine() {
        return speedLine;
    }

    void setDuplexLine(Duplex duplex) {
        this.duplexLine = duplex;
    }

    void setSpeedLine(Integer mbps) {
        this.speedLine = mbps;
    }

    /** The speed the port runs at with its cable's far end, or 0 when it has none or they cannot agree. */
    public int operatingSpeedMbps() {
        Interface far = link != null && link.isConnected() ? link.otherEnd(this) : null;
        return far == null ? 0 : EthernetNegotiation.speedMbps(this, far);
    }

    /** The duplex the port runs at with its cable's far end, or null when it has none. */
    public Duplex operatingDuplex() {
        Interface far = link != null && link.isConnected() ? link.otherEnd(this) : null;
        return far == null ? null : EthernetNegotiation.duplex(this, far);
    }

    /** Sets {@code bandwidth N} (kbit/s), 0 for the default; {@link Router#setBandwidth} tells the protocols. */
    void setBandwidthKbps(long kbps) {
        this.bandwidthKbps = kbps;
    }

    /** The interface MTU: {@code mtu N}, else the port's own. */
    public int mtu() {
        return mtu != 0 ? mtu : defaultMtu();
    }

    /** True when an {@code mtu} line set it. */
    public boolean mtuConfigured() {
        return mtu != 0;
    }

    /** IOS's MTU of the port: 1514 on a loopback, 1500 on Ethernet (a tunnel's own is shown by its renderer). */
    public int defaultMtu() {
        return isLoopback() ? 1514 : 1500;
    }

    /** The IP MTU: {@code ip mtu N}, else the interface MTU, which it never exceeds. */
    public int ipMtu() {
        return ipMtu != 0 ? ipMtu : mtu();
    }

    /** True when an {@code ip mtu} line set it. */
    public boolean ipMtuConfigured() {
        return ipMtu != 0;
    }

    /**
     * Sets {@code mtu N} (0: the default). IOS: an {@code ip mtu} the new MTU no longer allows follows it
     * down, and one equal to the MTU is no longer written.
     */
    void setMtu(int bytes) {
        this.mtu = bytes;
        if (ipMtu >= mtu()) {
            ipMtu = 0;
        }
    }

    /** Sets {@code ip mtu N} (0: follow the interface MTU); the caller checks it does not exceed {@link #mtu()}. */
    void setIpMtu(int bytes) {
        this.ipMtu = bytes == mtu() ? 0 : bytes;
    }

    /** How long an ARP entry learned on this interface lives ({@code arp timeout}, 4 hours by default). */
    public long arpTimeoutNanos() {
        return arpTimeoutNanos;
    }

    public void setArpTimeoutNanos(long nanos) {
        this.arpTimeoutNanos = nanos;
    }

    public boolean isShutdown() {
        return shutdown;
    }

    /** {@code ip unreachables} (the default) or {@code no ip unreachables}: ICMP unreachables for packets received here. */
    public boolean sendsUnreachables() {
        return sendsUnreachables;
    }

    public void setSendsUnreachables(boolean on) {
        this.sendsUnreachables = on;
    }

    /** The link plugged into this interface, or null (a subinterface's frames use its parent's: {@link #port()}). */
    public Link link() {
        return link;
    }

    /** The physical interface whose cable carries this interface's frames: the parent of a subinterface, else itself. */
    public Interface port() {
        return name.isSubinterface() ? router.interfaceNamed(name.parent()) : this;
    }

    /** {@code encapsulation dot1Q N [native]}, or null (a subinterface without one sends nothing). */
    public Dot1qEncapsulation encapsulation() {
        return encapsulation;
    }

    void setEncapsulation(Dot1qEncapsulation encapsulation) {
        this.encapsulation = encapsulation;
    }

    /**
     * The 802.1Q tag of the frames this interface puts on the cable: {@link Dot1qEncapsulation#UNTAGGED} for
     * a main interface or a native VLAN, the VLAN ID otherwise, -1 for a subinterface without encapsulation.
     */
    public int frameTag() {
        if (!name.isSubinterface()) {
            return Dot1qEncapsulation.UNTAGGED;
        }
        return encapsulation == null ? -1 : encapsulation.frameTag();
    }

    /**
     * Which interface of this port takes a frame arriving with {@code tag}: the subinterface of that VLAN; an
     * untagged frame goes to the native VLAN's subinterface, else to the main interface. Null when none
     * does (the frame is dropped: that is how a VLAN mismatch isolates).
     */
    public Interface receiverOf(int tag) {
        Interface untagged = this;
        for (Interface sub : router.subinterfacesOf(this)) {
            Dot1qEncapsulation vlan = sub.encapsulation;
            if (vlan == null) {
                continue;
            }
            if (tag != Dot1qEncapsulation.UNTAGGED && vlan.vlan() == tag) {
                return sub;
            }
            if (tag == Dot1qEncapsulation.UNTAGGED && vlan.nativeVlan()) {
                untagged = sub;
            }
        }
        return tag == Dot1qEncapsulation.UNTAGGED ? untagged : null;
    }

    public InterfaceStatus status() {
        return status;
    }

    /** Line protocol: up with the interface, except a tunnel's, which also needs its source and a route to its destination. */
    public boolean isProtocolUp() {
        return lineProtocolUp;
    }

    public boolean isTunnel() {
        return name.type() == InterfaceName.Type.TUNNEL;
    }

    /** A tunnel's {@code tunnel source} and {@code tunnel destination} ({@link TunnelSettings#NONE} when unset). */
    public TunnelSettings tunnel() {
        return tunnel;
    }

    void setTunnel(TunnelSettings tunnel) {
        this.tunnel = tunnel;
    }

    long recursionHeldUntil() {
        return recursionHeldUntil;
    }

    void holdForRecursion(long until) {
        this.recursionHeldUntil = until;
    }

    /**
     * The interface at the other end of the cable that receives what this one sends (for a subinterface,
     * the far port's interface of the same VLAN) when the cable is plugged in, else null.
     */
    public Interface farEnd() {
        Interface port = port();
        Link cable = port == null ? null : port.link;
        int tag = frameTag();
        return cable != null && cable.isConnected() && tag >= 0 ? cable.otherEnd(port).receiverOf(tag) : null;
    }

    /** A stable burned-in MAC address: 5254.00 then the router's index and the port, as QEMU-style labs do. */
    public String macAddress() {
        long value = ((long) (router.index() & 0xFFFF) << 8) | (portIndex() & 0xFF);
        return String.format("5254.00%02x.%04x", (value >> 16) & 0xFF, value & 0xFFFF);
    }

    /** The port's place among the router's ports: the port number, the slot counting sixteen. */
    private int portIndex() {
        int index = 0;
        for (int number : name.numbers()) {
            index = index * 16 + number;
        }
        return index;
    }

    /** The line-level state the configuration and the link call for. */
    InterfaceStatus wantedStatus() {
        if (shutdown) {
            return InterfaceStatus.ADMINISTRATIVELY_DOWN;
        }
        if (!router.isPoweredOn()) {
            return InterfaceStatus.DOWN;
        }
        if (isLoopback() || isTunnel()) {
            return InterfaceStatus.UP; // a tunnel's line protocol is what follows its source and destination
        }
        if (name.isSubinterface()) {
            // A subinterface rides on its parent: down whenever the parent is not up (shut, cable pulled).
            Interface parent = port();
            return parent != null && parent.status == InterfaceStatus.UP ? InterfaceStatus.UP : InterfaceStatus.DOWN;
        }
        if (!name.isPhysicalPort()) {
            return InterfaceStatus.DOWN; // a Port-channel without bundled members, a Vlan without switchports
        }
        Interface far = link != null && link.isConnected() ? link.otherEnd(this) : null;
        // A far end without power has no carrier, as a pulled cable.
        // Ports whose speeds differ never see each other's carrier.
        return far != null && !far.shutdown && far.router.isPoweredOn() && EthernetNegotiation.speedMbps(this, far) != 0
                ? InterfaceStatus.UP : InterfaceStatus.DOWN;
    }

    /** The line protocol the status and, for a tunnel, its source and destination call for. */
    boolean wantedLineProtocol(InterfaceStatus wanted) {
        return wanted == InterfaceStatus.UP && (!isTunnel() || TunnelLineProtocol.canBeUp(this));
    }

    void setDescription(String description) {
        this.description = description;
    }

    void setAddress(InterfaceAddress address) {
        this.address = address;
        this.addressFromStartupConfig = false;
    }

    void addSecondary(InterfaceAddress secondary) {
        secondaries.add(secondary);
    }

    boolean removeSecondary(InterfaceAddress secondary) {
        return secondaries.remove(secondary);
    }

    void clearSecondaries() {
        secondaries.clear();
    }

    void markAddressFromStartupConfig() {
        addressFromStartupConfig = address != null;
    }

    void setShutdown(boolean shutdown) {
        this.shutdown = shutdown;
    }

    void setStatus(InterfaceStatus status, boolean lineProtocolUp) {
        this.status = status;
        this.lineProtocolUp = lineProtocolUp;
    }

    void attach(Link link) {
        this.link = link;
    }

    @Override
    public String toString() {
        return router.name() + ":" + name.shortName();
    }
}
