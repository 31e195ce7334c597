package org.looplab.ospf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.ospf.packets.OspfMessage;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * A router's OSPF: its {@code router ospf N} processes and the {@code ip ospf ...} lines of its
 * interfaces. The router tells it when an interface changes; the data plane hands it the OSPF packets
 * (IP protocol 89) that arrive on an interface. Kernel thread only.
 *
 * <p>Configuration methods return null when the change is applied, otherwise IOS's message and nothing
 * changes; a few return an IOS notice although the change is applied (documented on each).
 */
public final class Ospf {
    public static final int IP_PROTOCOL = 89;
    public static final int MIN_PROCESS_ID = 1;
    public static final int MAX_PROCESS_ID = 65535;
    public static final String INVALID_INPUT = "% Invalid input detected at '^' marker.";

    private static final TreeMap<Integer, OspfProcess> NO_PROCESSES = new TreeMap<>();

    private final Router router;
    /**
     * Created with the first process, like the settings map with the first {@code ip ospf} line: a router
     * whose OSPF is only looked at (running-config, show commands) holds no OSPF state but this object.
     */
    private TreeMap<Integer, OspfProcess> processes = NO_PROCESSES;
    private Map<InterfaceName, OspfInterfaceSettings> settings = Map.of();

    public Ospf(Router router) {
        this.router = router;
    }

    /** True when a {@code router ospf} process or an {@code ip ospf} line exists. */
    public boolean isConfigured() {
        return !processes.isEmpty() || !settings.isEmpty();
    }

    public Router router() {
        return router;
    }

    // ---- processes ----

    /** The processes by id. */
    public Collection<OspfProcess> processes() {
        return List.copyOf(processes.values());
    }

    /** The process {@code router ospf id} configured, or null. */
    public OspfProcess process(int processId) {
        return processes.get(processId);
    }

    /** {@code router ospf N}: creates the process if it does not exist yet. */
    public String addProcess(int processId) {
        OspfProcess existing = processes.get(processId);
        return addProcess(processId, existing == null ? null : existing.vrf());
    }

    /**
     * {@code router ospf N vrf NAME} (null: the global table): the process runs on that VRF's interfaces and
     * puts its routes in that VRF's table. A process keeps the VRF it was created in.
     */
    public String addProcess(int processId, String vrf) {
        if (processId < MIN_PROCESS_ID || processId > MAX_PROCESS_ID) {
            return INVALID_INPUT;
        }
        String missing = router.vrfRefusal(vrf);
        if (missing != null) {
            return missing;
        }
        OspfProcess existing = processes.get(processId);
        if (existing != null && !java.util.Objects.equals(existing.vrf(), vrf)) {
            return "% Process " + processId + " is already configured in "
                    + (existing.vrf() == null ? "the global table" : "VRF " + existing.vrf());
        }
        if (processes == NO_PROCESSES) {
            processes = new TreeMap<>();
            router.lab().dataPlane().bindProtocol(router, IP_PROTOCOL, this::receive);
            // An ASBR redistributes from the RIB: it hears of every change there.
            router.rib().addListener(prefix -> {
                for (OspfProcess process : processes.values()) {
                    process.ribChanged(prefix);
                }
            });
        }
        processes.computeIfAbsent(processId, id -> {
            OspfProcess process = new OspfProcess(this, id, vrf);
            process.start();
            return process;
        });
        return null;
    }

    /**
     * {@code no router ospf N}: the process stops (adjacencies go down, routes leave the RIB). The
     * interfaces' {@code ip ospf N area X} lines for it go too, as IOS removes them.
     */
    public String removeProcess(int processId) {
        OspfProcess process = processes.remove(processId);
        if (process == null) {
            return null;
        }
        process.stop();
        for (OspfInterfaceSettings each : settings.values()) {
            if (each.processId == processId) {
                each.processId = 0;
                each.area = null;
            }
        }
        return null;
    }

    /** The processes of a VRF stop and go with it ({@code no vrf definition NAME}). */
    public void removeProcessesIn(String vrf) {
        for (OspfProcess process : processes()) {
            if (vrf.equals(process.vrf())) {
                removeProcess(process.processId());
            }
        }
    }

    // ---- interface configuration ----

    /** The {@code ip ospf} lines of an interface (all null when it has none). */
    public OspfInterfaceSettings settings(InterfaceName name) {
        OspfInterfaceSettings found = settings.get(name);
        return found != null ? found : new OspfInterfaceSettings();
    }

    private OspfInterfaceSettings editable(InterfaceName name) {
        if (settings.isEmpty() && !(settings instanceof HashMap)) {
            settings = new HashMap<>();
        }
        return settings.computeIfAbsent(name, n -> new OspfInterfaceSettings());
    }

    /**
     * {@code ip ospf N area X}: runs the interface in that process and area, whatever the network
     * statements say. Creates the process when it does not exist, as IOS does.
     */
    public String setInterfaceArea(Interface iface, int processId, AreaId area) {
        if (processId < MIN_PROCESS_ID || processId > MAX_PROCESS_ID || area == null) {
            return INVALID_INPUT;
        }
        OspfInterfaceSettings edit = editable(iface.name());
        int previous = edit.processId;
        edit.processId = processId;
        edit.area = area;
        addProcess(processId);
        if (previous != 0 && previous != processId && processes.containsKey(previous)) {
            processes.get(previous).interfacesChanged();
        }
        processes.get(processId).interfacesChanged();
        return null;
    }

    /** {@code no ip ospf N area X}. */
    public String removeInterfaceArea(Interface iface) {
        OspfInterfaceSettings edit = editable(iface.name());
        int previous = edit.processId;
        edit.processId = 0;
        edit.area = null;
        if (previous != 0 && processes.containsKey(previous)) {
            processes.get(previous).interfacesChanged();
        }
        return null;
    }

    /** {@code ip ospf cost N} (1-65535); null for {@code no ip ospf cost}. */
    public String setCost(Interface iface, Integer cost) {
        if (cost != null && (cost < 1 || cost > 65535)) {
            return INVALID_INPUT;
        }
        editable(iface.name()).cost = cost;
        return parametersChanged(iface);
    }

    /** {@code ip ospf hello-interval N} (1-65535 s); null for the default (10). */
    public String setHelloInterval(Interface iface, Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > 65535)) {
            return INVALID_INPUT;
        }
        editable(iface.name()).helloInterval = seconds;
        return parametersChanged(iface);
    }

    /** {@code ip ospf dead-interval N} (1-65535 s); null for the default (four hellos). */
    public String setDeadInterval(Interface iface, Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > 65535)) {
            return INVALID_INPUT;
        }
        editable(iface.name()).deadInterval = seconds;
        return parametersChanged(iface);
    }

    /** {@code ip ospf priority N} (0-255); null for the default (1). */
    public String setPriority(Interface iface, Integer priority) {
        if (priority != null && (priority < 0 || priority > 255)) {
            return INVALID_INPUT;
        }
        editable(iface.name()).priority = priority;
        return parametersChanged(iface);
    }

    /** {@code ip ospf mtu-ignore} (RFC 2328 10.6's MTU check skipped on this interface), or its {@code no} form. */
    public void setMtuIgnore(Interface iface, boolean ignore) {
        editable(iface.name()).mtuIgnore = ignore;
    }

    /** {@code ip ospf network point-to-point|broadcast}; null for {@code no ip ospf network}. */
    public String setNetworkType(Interface iface, NetworkType type) {
        if (type == NetworkType.LOOPBACK) {
            return INVALID_INPUT;
        }
        editable(iface.name()).networkType = type;
        return parametersChanged(iface);
    }

    /** {@code ip ospf authentication [message-digest|null]}; null for {@code no ip ospf authentication}. */
    public String setAuthentication(Interface iface, AuthenticationType type) {
        editable(iface.name()).authentication = type;
        return null;
    }

    /** {@code ip ospf authentication-key KEY}; null for the {@code no} form. IOS keeps the first 8 characters. */
    public String setAuthenticationKey(Interface iface, String key) {
        editable(iface.name()).authenticationKey = key == null || key.length() <= 8 ? key : key.substring(0, 8);
        return null;
    }

    /**
     * {@code ip ospf message-digest-key N md5 KEY} (N 1-255); a null key for the {@code no} form. IOS
     * refuses another key under an id in use.
     */
    public String setMessageDigestKey(Interface iface, int keyId, String key) {
        if (keyId < 1 || keyId > 255) {
            return INVALID_INPUT;
        }
        OspfInterfaceSettings edit = editable(iface.name());
        if (key == null) {
            edit.messageDigestKeys.remove(keyId);
            return null;
        }
        String existing = edit.messageDigestKeys.get(keyId);
        if (existing != null && !existing.equals(key)) {
            return "% OSPF: Key " + keyId + " already exists";
        }
        edit.messageDigestKeys.put(keyId, key);
        return null;
    }

    private String parametersChanged(Interface iface) {
        for (OspfProcess process : processes.values()) {
            process.interfaceParametersChanged(iface.name());
        }
        return null;
    }

    // ---- events from the router and the data plane ----

    /** The router calls this when an interface's {@code bandwidth} changed: its auto-cost follows. */
    public void bandwidthChanged(Interface iface) {
        parametersChanged(iface);
    }

    /** The router calls this when an interface's address, state or existence changes. */
    public void interfaceChanged(Interface iface) {
        for (OspfProcess process : processes.values()) {
            process.interfaceChanged(iface.name());
        }
    }

    /** The loopback was removed: its settings go with it. */
    public void interfaceRemoved(InterfaceName name) {
        if (!settings.isEmpty()) {
            settings.remove(name);
        }
        for (OspfProcess process : processes.values()) {
            process.interfaceChanged(name);
        }
    }

    private void receive(Interface in, Ipv4Packet packet) {
        if (!(packet.payload() instanceof OspfMessage message)) {
            return;
        }
        for (OspfProcess process : new ArrayList<>(processes.values())) {
            if (process.receive(in, packet.source(), packet.destination(), message)) {
                return;
            }
        }
    }
}
