package org.looplab.bgp;

import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;

/**
 * A router's BGP: the {@code router bgp ASN} configuration and the speaker that runs it. Created on first
 * use ({@link #of}); holds no state until {@code router bgp} is configured. Kernel thread only.
 *
 * <p>Each {@code address-family ipv4 vrf NAME} is a Bgp of its own ({@link #vrf}), with its configuration
 * (whose process-wide settings are the process's) and its speaker, which runs its sessions over TCP in
 * that VRF and puts its routes in that VRF's table. Its neighbor and origination methods are the same.
 *
 * <p>Configuration methods return null when the change is applied, otherwise IOS's message and nothing
 * changes.
 */
public final class Bgp {
    public static final String SPECIFY_REMOTE_AS_FIRST = "% Specify remote-as or peer-group commands first";
    public static final String CREATE_PEER_GROUP_FIRST = "% Create the peer-group first";
    public static final String LOCAL_SYSTEM_AS_NEIGHBOR = "% Cannot configure the local system as neighbor";

    private final Router router;
    /** The process's Bgp for a VRF's address family, else null. */
    private final Bgp parent;
    /** The address families of VRFs, by VRF name (the process's Bgp only). */
    private final java.util.Map<String, Bgp> vrfs = new java.util.TreeMap<>();
    private BgpConfig config;
    /** The speaker that runs the configuration, created with the first {@code router bgp}. */
    private BgpSpeaker speaker;
    /** Told when a session reaches Established (true) or leaves it (false): SNMP's bgp traps. */
    private java.util.List<java.util.function.BiConsumer<BgpNeighbor, Boolean>> sessionListeners = java.util.List.of();

    private Bgp(Router router) {
        this.router = router;
        this.parent = null;
    }

    private Bgp(Bgp parent, String vrf) {
        this.router = parent.router;
        this.parent = parent;
        this.config = new BgpConfig(parent.config, vrf);
    }

    public static Bgp of(Router router) {
        return router.attachment(Bgp.class, Bgp::new);
    }

    public Router router() {
        return router;
    }

    /** Hears every later session change to Established (true) or from it (false); kernel thread. */
    public void addSessionListener(java.util.function.BiConsumer<BgpNeighbor, Boolean> listener) {
        java.util.List<java.util.function.BiConsumer<BgpNeighbor, Boolean>> more = new java.util.ArrayList<>(sessionListeners);
        more.add(listener);
        sessionListeners = java.util.List.copyOf(more);
    }

    void sessionChanged(BgpNeighbor neighbor, boolean established) {
        for (java.util.function.BiConsumer<BgpNeighbor, Boolean> listener : sessionListeners) {
            listener.accept(neighbor, established);
        }
    }

    /** The {@code router bgp} block, or null when BGP is not configured. */
    public BgpConfig config() {
        return config;
    }

    public boolean isRunning() {
        return config != null;
    }

    /**
     * The running speaker (sessions, BGP table, {@code clear ip bgp}), or null when BGP has never been
     * configured; see {@link BgpSpeaker#isRunning()}.
     */
    public BgpSpeaker speaker() {
        return speaker;
    }

    // ---- the process ----

    /** {@code router bgp ASN}: starts the process, or enters it again when it runs with that AS. */
    public String start(AsNumber asNumber) {
        if (config != null) {
            return config.asNumber.equals(asNumber) ? null : "BGP is already running; AS is " + config.asNumber;
        }
        config = new BgpConfig(asNumber);
        processStarted();
        return null;
    }

    /** {@code no router bgp ASN}: every session closes, every BGP route leaves the RIB. */
    public String stop(AsNumber asNumber) {
        if (config == null || !config.asNumber.equals(asNumber)) {
            return null;
        }
        for (String vrf : List.copyOf(vrfs.keySet())) {
            removeVrf(vrf);
        }
        processStopping();
        config = null;
        return null;
    }

    // ---- address families of VRFs ----

    /** The VRF of this address family ({@code address-family ipv4 vrf NAME}), or null for the process's own. */
    public String vrfName() {
        return config == null ? null : config.vrf();
    }

    /** The address family of a VRF, or null when it was not entered. */
    public Bgp vrf(String name) {
        return vrfs.get(name);
    }

    /** The VRFs' address families, by VRF name. */
    public List<Bgp> vrfs() {
        return List.copyOf(vrfs.values());
    }

    /**
     * {@code address-family ipv4 vrf NAME}: its address family, created (and its speaker started) on first
     * entry. IOS refuses a VRF that is not defined, or one without a route distinguisher.
     */
    public String addVrf(String name) {
        if (vrfs.containsKey(name)) {
            return null;
        }
        org.looplab.vrf.VrfConfig defined = org.looplab.vrf.VrfConfig.ifPresent(router);
        org.looplab.vrf.VrfDefinition vrf = defined == null ? null : defined.get(name);
        if (vrf == null) {
            return "% VRF " + name + " does not exist";
        }
        if (vrf.routeDistinguisher() == null) {
            return "% VRF " + name + " does not have an RD configured.";
        }
        Bgp family = new Bgp(this, name);
        vrfs.put(name, family);
        config.addressFamilyForm = true;
        family.processStarted();
        VrfImport.resync(this);
        return null;
    }

    /** {@code no address-family ipv4 vrf NAME} (or the VRF removed): its sessions close, its routes go. */
    public String removeVrf(String name) {
        Bgp family = vrfs.remove(name);
        if (family != null) {
            family.processStopping();
            VrfImport.resync(this);
        }
        return null;
    }

    /**
     * A VRF's {@code route-target import|export} lines or its {@code import map} changed: the VRFs of this process import again
     * from the ones whose export targets match their import targets.
     */
    public void routeTargetsChanged() {
        if (config != null && parent == null) {
            VrfImport.resync(this);
        }
    }

    /** This VRF's routing table changed (next-hop tracking ran): routes imported from it resolve again. */
    void tableChanged() {
        if (parent != null) {
            for (Bgp family : parent.vrfs.values()) {
                if (family != this && family.speaker != null && family.speaker.isRunning()) {
                    family.speaker.resolveImportedAgain(config.vrf());
                }
            }
        }
    }

    /** A prefix's best path changed in this VRF's table: the VRFs importing from it follow. */
    void bestPathChanged(LocRibEntry entry) {
        if (parent != null && parent.vrfs.get(config.vrf()) == this) {
            VrfImport.exportChanged(parent, this, entry);
        }
    }

    // ---- neighbors and peer groups ----

    /** {@code neighbor NAME peer-group}: creates a peer group. */
    public String addPeerGroup(String name) {
        config.peerGroups.computeIfAbsent(name, n -> new NeighborConfig(n, true));
        return null;
    }

    /** {@code no neighbor NAME peer-group}: the group goes, and its members with it, as on IOS. */
    public String removePeerGroup(String name) {
        NeighborConfig group = config.peerGroups.remove(name);
        if (group == null) {
            return CREATE_PEER_GROUP_FIRST;
        }
        for (NeighborConfig member : List.copyOf(config.neighbors.values())) {
            if (member.group() == group) {
                removeNeighbor(Ipv4Address.of(member.name()));
            }
        }
        return null;
    }

    /** {@code neighbor A peer-group NAME}: creates the neighbor as a member when it does not exist. */
    public String joinPeerGroup(Ipv4Address address, String groupName) {
        NeighborConfig group = config.peerGroups.get(groupName);
        if (group == null) {
            return CREATE_PEER_GROUP_FIRST;
        }
        if (router.ownsAddress(address)) {
            return LOCAL_SYSTEM_AS_NEIGHBOR;
        }
        NeighborConfig neighbor = config.neighbors.get(address);
        if (neighbor == null) {
            if (group.own(NeighborSetting.REMOTE_AS) == null) {
                return SPECIFY_REMOTE_AS_FIRST;
            }
            neighbor = new NeighborConfig(address.toString(), false);
            config.neighbors.put(address, neighbor);
        }
        neighbor.setGroup(group);
        neighborChanged(neighbor);
        return null;
    }

    /**
     * {@code neighbor A|NAME remote-as N}: creates the neighbor (an address) or sets the group's AS.
     * {@code target} is an address in dotted form or a peer group's name.
     */
    public String setRemoteAs(String target, AsNumber remoteAs) {
        Ipv4Address address = Ipv4Address.parse(target);
        if (address == null) {
            NeighborConfig group = config.peerGroups.get(target);
            if (group == null) {
                return CREATE_PEER_GROUP_FIRST;
            }
            group.put(NeighborSetting.REMOTE_AS, remoteAs);
            membersChanged(group);
            return null;
        }
        if (router.ownsAddress(address)) {
            return LOCAL_SYSTEM_AS_NEIGHBOR;
        }
        NeighborConfig neighbor = config.neighbors.computeIfAbsent(address, a -> new NeighborConfig(a.toString(), false));
        neighbor.put(NeighborSetting.REMOTE_AS, remoteAs);
        neighborChanged(neighbor);
        return null;
    }

    /**
     * {@code [no] neighbor A|NAME SETTING [VALUE]}: {@code value} null removes the setting. The neighbor
     * or group must exist ({@code remote-as} or {@code peer-group} first, as IOS asks).
     */
    public <T> String setNeighbor(String target, NeighborSetting<T> setting, T value) {
        NeighborConfig found = find(target);
        if (found == null) {
            return Ipv4Address.parse(target) == null ? CREATE_PEER_GROUP_FIRST : SPECIFY_REMOTE_AS_FIRST;
        }
        if (setting == NeighborSetting.REMOTE_AS) {
            return value == null ? removeNeighborOrGroupAs(found) : setRemoteAs(target, (AsNumber) value);
        }
        found.put(setting, value);
        if (found.isPeerGroup()) {
            membersChanged(found);
        } else {
            neighborChanged(found);
        }
        return null;
    }

    /**
     * {@code no neighbor A peer-group NAME}: a member whose remote-as came from the group goes with it
     * (IOS removes it); one with its own remote-as stays, outside the group.
     */
    public String leavePeerGroup(Ipv4Address address, String groupName) {
        NeighborConfig neighbor = config.neighbors.get(address);
        if (neighbor == null || neighbor.group() == null || !neighbor.group().name().equals(groupName)) {
            return null;
        }
        if (neighbor.own(NeighborSetting.REMOTE_AS) == null) {
            return removeNeighbor(address);
        }
        neighbor.setGroup(null);
        neighborChanged(neighbor);
        return null;
    }

    /** {@code no neighbor A}: the neighbor and all its lines go; its session closes. */
    public String removeNeighbor(Ipv4Address address) {
        NeighborConfig removed = config.neighbors.remove(address);
        if (removed != null) {
            neighborRemoved(removed);
        }
        return null;
    }

    /** The neighbor (dotted address) or peer group (name) of that name, or null. */
    public NeighborConfig find(String target) {
        Ipv4Address address = Ipv4Address.parse(target);
        return address != null ? config.neighbors.get(address) : config.peerGroups.get(target);
    }

    private String removeNeighborOrGroupAs(NeighborConfig found) {
        if (!found.isPeerGroup()) {
            return removeNeighbor(Ipv4Address.of(found.name()));
        }
        found.put(NeighborSetting.REMOTE_AS, null);
        membersChanged(found);
        return null;
    }

    private void membersChanged(NeighborConfig group) {
        for (NeighborConfig member : List.copyOf(config.neighbors.values())) {
            if (member.group() == group) {
                neighborChanged(member);
            }
        }
    }

    // ---- process-wide settings ----

    /** {@code [no] bgp router-id A}. */
    public String setRouterId(Ipv4Address routerId) {
        config.routerId = routerId;
        routerIdChanged();
        return null;
    }

    public String setLogNeighborChanges(boolean on) {
        config.logNeighborChanges = on;
        return null;
    }

    public String setClusterId(Ipv4Address clusterId) {
        config.clusterId = clusterId;
        return null;
    }

    /** {@code timers bgp K H}; applies to sessions that come up afterwards, as on IOS. */
    public String setTimers(int keepalive, int holdTime) {
        config.keepalive = keepalive;
        config.holdTime = holdTime;
        return null;
    }

    /**
     * {@code [no] bgp default ipv4-unicast}: neighbors configured later are active only when they say
     * {@code activate}; those already active stay so (IOS writes an {@code activate} line for each).
     */
    public String setDefaultIpv4Unicast(boolean on) {
        if (!on && config.defaultIpv4Unicast) {
            for (NeighborConfig neighbor : config.neighbors.values()) {
                if (neighbor.own(NeighborSetting.ACTIVATE) == null && config.isActivated(neighbor)) {
                    neighbor.put(NeighborSetting.ACTIVATE, Boolean.TRUE);
                }
            }
        }
        config.defaultIpv4Unicast = on;
        return null;
    }

    /** {@code address-family ipv4 [unicast]} was entered: running-config writes that block from now on. */
    public void useAddressFamilyForm() {
        if (config != null) {
            config.addressFamilyForm = true;
        }
    }

    public String setFastExternalFallover(boolean on) {
        config.fastExternalFallover = on;
        return null;
    }

    public String setDefaultLocalPreference(long localPreference) {
        config.defaultLocalPreference = localPreference;
        policyChanged();
        return null;
    }

    public String setBestpath(BestpathOption option, boolean on) {
        if (on) {
            config.bestpath.add(option);
        } else {
            config.bestpath.remove(option);
        }
        policyChanged();
        return null;
    }

    /** {@code maximum-paths [ibgp] N}. */
    public String setMaximumPaths(int paths, boolean ibgp) {
        if (ibgp) {
            config.maximumPathsIbgp = paths;
        } else {
            config.maximumPaths = paths;
        }
        policyChanged();
        return null;
    }

    // ---- what the router originates ----

    public String addNetwork(BgpNetwork network) {
        config.networks.removeIf(existing -> existing.prefix().equals(network.prefix()));
        config.networks.add(network);
        originationChanged();
        return null;
    }

    public String removeNetwork(BgpNetwork network) {
        config.networks.removeIf(existing -> existing.prefix().equals(network.prefix()));
        originationChanged();
        return null;
    }

    public String addAggregate(AggregateAddress aggregate) {
        config.aggregates.removeIf(existing -> existing.prefix().equals(aggregate.prefix()));
        config.aggregates.add(aggregate);
        originationChanged();
        return null;
    }

    public String removeAggregate(AggregateAddress aggregate) {
        config.aggregates.removeIf(existing -> existing.prefix().equals(aggregate.prefix()));
        originationChanged();
        return null;
    }

    public String addRedistribution(Redistribution redistribution) {
        config.redistributions.removeIf(existing -> sameSource(existing, redistribution));
        config.redistributions.add(redistribution);
        originationChanged();
        return null;
    }

    public String removeRedistribution(Redistribution redistribution) {
        config.redistributions.removeIf(existing -> sameSource(existing, redistribution));
        originationChanged();
        return null;
    }

    private static boolean sameSource(Redistribution a, Redistribution b) {
        return a.source() == b.source() && a.processId() == b.processId();
    }

    // ---- the speaker (sessions, RIBs, best path) hears of every change here ----

    private void processStarted() {
        if (speaker == null) {
            speaker = new BgpSpeaker(this);
            if (parent == null) {
                org.looplab.policy.RoutingPolicies.of(router).addChangeListener(this::routingPoliciesChanged);
            }
        }
        speaker.start();
    }

    private void processStopping() {
        speaker.stop();
    }

    private void neighborChanged(NeighborConfig neighbor) {
        speaker.neighborChanged(neighbor);
    }

    private void neighborRemoved(NeighborConfig neighbor) {
        speaker.neighborRemoved(neighbor);
    }

    private void routerIdChanged() {
        speaker.routerIdChanged();
        for (Bgp family : vrfs.values()) {
            family.routerIdChanged();
        }
    }

    private void policyChanged() {
        speaker.policyChanged();
        for (Bgp family : vrfs.values()) {
            family.policyChanged();
        }
    }

    private void originationChanged() {
        speaker.originationChanged();
    }

    /**
     * A prefix list, AS-path list, community list or route-map changed. As IOS, neighbors' inbound and
     * outbound policy applies to new updates and after {@code clear ip bgp ... soft}; what the router
     * originates follows at once.
     */
    private void routingPoliciesChanged() {
        if (config != null) {
            speaker.originationChanged();
            for (Bgp family : vrfs.values()) {
                family.routingPoliciesChanged();
            }
            if (parent == null) {
                VrfImport.resync(this); // an import map may say otherwise now
            }
        }
    }
}
