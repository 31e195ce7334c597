package org.looplab.bgp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.looplab.net.Ipv4Address;

/**
 * The typed {@code router bgp ASN} block: process-wide settings, peer groups, neighbors, and what the
 * router originates. Plain data; {@link Bgp} checks and applies changes. Defaults are IOS 15's.
 *
 * <p>An {@code address-family ipv4 vrf NAME} block is a BgpConfig of its own with the process's as
 * {@link #parent()}: its neighbors, peer groups, networks, aggregates, redistributions and maximum-paths
 * are its own, the process-wide settings (router ID, timers, log-neighbor-changes, best-path options,
 * default local preference) are the process's.
 */
public final class BgpConfig {
    public static final int DEFAULT_KEEPALIVE = 60;
    public static final int DEFAULT_HOLD_TIME = 180;
    public static final long DEFAULT_LOCAL_PREFERENCE = 100;

    final AsNumber asNumber;
    /** The process's block for a VRF's address family, else null. */
    private final BgpConfig parent;
    /** The VRF of an {@code address-family ipv4 vrf NAME} block, else null. */
    private final String vrf;
    Ipv4Address routerId;
    boolean logNeighborChanges = true;
    Ipv4Address clusterId;
    int keepalive = DEFAULT_KEEPALIVE;
    int holdTime = DEFAULT_HOLD_TIME;
    boolean defaultIpv4Unicast = true;
    /** True once {@code address-family ipv4} was entered: running-config then writes that block, as IOS. */
    boolean addressFamilyForm;
    boolean fastExternalFallover = true;
    long defaultLocalPreference = DEFAULT_LOCAL_PREFERENCE;
    final Set<BestpathOption> bestpath = EnumSet.noneOf(BestpathOption.class);
    int maximumPaths = 1;
    int maximumPathsIbgp = 1;
    /** Peer groups by name, in the order they were created (IOS writes them so). */
    final Map<String, NeighborConfig> peerGroups = new LinkedHashMap<>();
    /** Neighbors by address, in address order (IOS writes them so). */
    final TreeMap<Ipv4Address, NeighborConfig> neighbors = new TreeMap<>();
    final List<BgpNetwork> networks = new ArrayList<>();
    final List<AggregateAddress> aggregates = new ArrayList<>();
    final List<Redistribution> redistributions = new ArrayList<>();

    BgpConfig(AsNumber asNumber) {
        this.asNumber = asNumber;
        this.parent = null;
        this.vrf = null;
    }

    /** The block of {@code address-family ipv4 vrf NAME} inside the process's. */
    BgpConfig(BgpConfig parent, String vrf) {
        this.asNumber = parent.asNumber;
        this.parent = parent;
        this.vrf = vrf;
    }

    public AsNumber asNumber() {
        return asNumber;
    }

    /** The VRF of an {@code address-family ipv4 vrf NAME} block, or null for the process's own. */
    public String vrf() {
        return vrf;
    }

    /** The process's block of a VRF's address family, else null. */
    public BgpConfig parent() {
        return parent;
    }

    /** {@code bgp router-id}, or null when the router picks one (IOS: highest loopback, then highest address). */
    public Ipv4Address configuredRouterId() {
        return parent != null ? parent.configuredRouterId() : routerId;
    }

    public boolean logNeighborChanges() {
        return parent != null ? parent.logNeighborChanges() : logNeighborChanges;
    }

    /** {@code bgp cluster-id}, or null (the router ID serves). */
    public Ipv4Address clusterId() {
        return parent != null ? parent.clusterId() : clusterId;
    }

    /** {@code timers bgp KEEPALIVE HOLD}. */
    public int keepalive() {
        return parent != null ? parent.keepalive() : keepalive;
    }

    public int holdTime() {
        return parent != null ? parent.holdTime() : holdTime;
    }

    public boolean defaultIpv4Unicast() {
        return defaultIpv4Unicast;
    }

    /**
     * True when running-config writes the per-family lines in an {@code address-family ipv4} block: the
     * block was entered, or {@code no bgp default ipv4-unicast} is set.
     */
    public boolean addressFamilyForm() {
        return addressFamilyForm || !defaultIpv4Unicast;
    }

    /**
     * True when the neighbor exchanges IPv4 unicast routes: {@code neighbor A activate} (here or on its
     * peer group), else unless {@code no bgp default ipv4-unicast}.
     */
    public boolean isActivated(NeighborConfig neighbor) {
        return neighbor.effective(NeighborSetting.ACTIVATE, defaultIpv4Unicast);
    }

    public boolean fastExternalFallover() {
        return parent != null ? parent.fastExternalFallover() : fastExternalFallover;
    }

    public long defaultLocalPreference() {
        return parent != null ? parent.defaultLocalPreference() : defaultLocalPreference;
    }

    public boolean bestpath(BestpathOption option) {
        return parent != null ? parent.bestpath(option) : bestpath.contains(option);
    }

    public Set<BestpathOption> bestpathOptions() {
        return parent != null ? parent.bestpathOptions() : Set.copyOf(bestpath);
    }

    /** {@code maximum-paths N}: eBGP multipath (1 = off). */
    public int maximumPaths() {
        return maximumPaths;
    }

    /** {@code maximum-paths ibgp N}. */
    public int maximumPathsIbgp() {
        return maximumPathsIbgp;
    }

    public List<NeighborConfig> peerGroups() {
        return List.copyOf(peerGroups.values());
    }

    public NeighborConfig peerGroup(String name) {
        return peerGroups.get(name);
    }

    /** Neighbors in address order. */
    public List<NeighborConfig> neighbors() {
        return List.copyOf(neighbors.values());
    }

    public NeighborConfig neighbor(Ipv4Address address) {
        return neighbors.get(address);
    }

    public List<BgpNetwork> networks() {
        return List.copyOf(networks);
    }

    public List<AggregateAddress> aggregates() {
        return List.copyOf(aggregates);
    }

    public List<Redistribution> redistributions() {
        return List.copyOf(redistributions);
    }
}
