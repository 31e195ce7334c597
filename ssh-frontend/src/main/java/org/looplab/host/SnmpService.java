package org.looplab.host;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceListener;
import org.looplab.router.InterfaceName;
import org.looplab.router.InterfaceStatus;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.snmp.SnmpConfig;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * The routers' SNMP agents and their traps. A router's agent opens its socket when the router first has
 * an {@code snmp-server community} or {@code host} (at start or when typed later), on the address the lab
 * gave it. Line protocol changes send IOS's linkDown/linkUp traps (ifIndex, ifDescr, ifType, locIfReason)
 * and BGP sessions reaching or leaving Established send bgpEstablishedNotification and
 * bgpBackwardTransNotification (RFC 4273) to each {@code snmp-server host}: SNMPv2c with {@code version
 * 2c}, else SNMPv1 as IOS's default. Traps leave from the agent's socket; hosts outside 127/8 only with
 * --bind-any.
 */
public final class SnmpService implements AutoCloseable {
    static final OID SNMP_TRAP_OID = new OID("1.3.6.1.6.3.1.1.4.1.0");
    static final OID LINK_DOWN = new OID("1.3.6.1.6.3.1.1.5.3");
    static final OID LINK_UP = new OID("1.3.6.1.6.3.1.1.5.4");
    static final OID BGP_ESTABLISHED = new OID("1.3.6.1.2.1.15.0.1");
    static final OID BGP_BACKWARD_TRANSITION = new OID("1.3.6.1.2.1.15.0.2");
    private static final OID IF_INDEX = new OID("1.3.6.1.2.1.2.2.1.1");
    private static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
    private static final OID IF_TYPE = new OID("1.3.6.1.2.1.2.2.1.3");
    private static final OID BGP_PEER_REMOTE_ADDR = new OID("1.3.6.1.2.1.15.3.1.7");
    private static final OID BGP_PEER_LAST_ERROR = new OID("1.3.6.1.2.1.15.3.1.14");
    private static final OID BGP_PEER_STATE = new OID("1.3.6.1.2.1.15.3.1.2");

    private final Map<Router, InetSocketAddress> addresses;
    private final boolean bindAny;
    private final Consumer<String> notices;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "looplab-snmp-traps");
        thread.setDaemon(true);
        return thread;
    });
    // Worker thread only.
    private final Map<Router, SnmpAgent> agents = new HashMap<>();
    // Kernel thread only.
    private final Set<Router> wanted = new HashSet<>();
    private final Map<Router, Map<InterfaceName, Long>> lastChanges = new HashMap<>();
    private final Map<Interface, Boolean> operUp = new HashMap<>();
    private final Set<String> refused = new HashSet<>();

    /** {@code addresses}: where each router's agent listens. */
    public SnmpService(Map<Router, InetSocketAddress> addresses, boolean bindAny, Consumer<String> notices) {
        this.addresses = new LinkedHashMap<>(addresses);
        this.bindAny = bindAny;
        this.notices = notices;
    }

    /** Kernel thread: watches every router's configuration, interfaces and BGP sessions. */
    public void attach(Lab lab) {
        for (Router router : lab.routers()) {
            lastChanges.put(router, new HashMap<>());
            for (Interface iface : router.interfaces()) {
                operUp.put(iface, iface.isProtocolUp());
            }
            router.addInterfaceListener(new InterfaceListener() {
                @Override
                public void interfaceChanged(Interface changed) {
                    SnmpService.this.interfaceChanged(router, changed);
                }
            });
            Bgp.of(router).addSessionListener((neighbor, established) -> bgpChanged(router, neighbor, established));
            SnmpConfig config = SnmpConfig.of(router);
            config.setOnChange(() -> configChanged(router));
            configChanged(router);
        }
    }

    /** Kernel thread: opens the router's agent once it has a community or a notification host. */
    private void configChanged(Router router) {
        SnmpConfig config = SnmpConfig.ifPresent(router);
        if (config == null || (config.communities().isEmpty() && config.hosts().isEmpty()) || !wanted.add(router)) {
            return;
        }
        InetSocketAddress address = addresses.get(router);
        Map<InterfaceName, Long> lastChange = lastChanges.get(router);
        execute(() -> {
            try {
                agents.put(router, SnmpAgent.start(router, address, lastChange));
            } catch (IOException e) {
                notices.accept(router.name() + ": SNMP agent cannot listen on " + address.getAddress().getHostAddress()
                        + ":" + address.getPort() + " (" + (String.valueOf(e.getMessage()).contains("in use")
                                ? "the port is in use" : "the address cannot be listened on") + ")");
            }
        });
    }

    private void interfaceChanged(Router router, Interface changed) {
        boolean up = changed.isProtocolUp();
        Boolean before = operUp.put(changed, up);
        if (before != null && before == up) {
            return;
        }
        lastChanges.get(router).put(changed.name(), MibView.upTimeTicks(router));
        SnmpConfig config = SnmpConfig.ifPresent(router);
        if (config == null || config.hosts().isEmpty() || !(up ? config.linkUpTrap() : config.linkDownTrap())) {
            return;
        }
        int index = config.ifIndex(changed.name());
        String reason = up ? "up" : changed.status() == InterfaceStatus.ADMINISTRATIVELY_DOWN ? "administratively down" : "down";
        List<VariableBinding> objects = List.of(
                new VariableBinding(new OID(IF_INDEX).append(index), new Integer32(index)),
                new VariableBinding(new OID(IF_DESCR).append(index), new OctetString(changed.name().fullName())),
                new VariableBinding(new OID(IF_TYPE).append(index), new Integer32(changed.isLoopback() ? 24 : 6)),
                new VariableBinding(new OID(MibView.LOC_IF_REASON).append(index), new OctetString(reason)));
        send(router, config, up ? LINK_UP : LINK_DOWN, objects);
    }

    private void bgpChanged(Router router, BgpNeighbor neighbor, boolean established) {
        SnmpConfig config = SnmpConfig.ifPresent(router);
        if (config == null || config.hosts().isEmpty() || !config.bgpTraps()) {
            return;
        }
        OID row = MibView.ip(neighbor.address());
        var notification = neighbor.lastResetNotification();
        byte[] lastError = notification == null || established ? new byte[2]
                : new byte[] {(byte) notification.code(), (byte) notification.subcode()};
        List<VariableBinding> objects = List.of(
                new VariableBinding(new OID(BGP_PEER_REMOTE_ADDR).append(row), MibView.ipAddress(neighbor.address())),
                new VariableBinding(new OID(BGP_PEER_LAST_ERROR).append(row), new OctetString(lastError)),
                new VariableBinding(new OID(BGP_PEER_STATE).append(row),
                        new Integer32(established ? 6 : neighbor.state().ordinal() + 1)));
        send(router, config, established ? BGP_ESTABLISHED : BGP_BACKWARD_TRANSITION, objects);
    }

    /** Kernel thread: builds the trap for every host and hands it to the worker. */
    private void send(Router router, SnmpConfig config, OID trap, List<VariableBinding> objects) {
        long upTime = MibView.upTimeTicks(router);
        for (SnmpConfig.NotificationHost host : config.hosts()) {
            InetAddress destination = inet(host);
            if (!bindAny && !destination.isLoopbackAddress()) {
                if (refused.add(router.name() + " " + host.address())) {
                    notices.accept(router.name() + ": snmp-server host " + host.address()
                            + " is outside 127/8; traps go there only with --bind-any");
                }
                continue;
            }
            PDU pdu = host.version2c() ? v2Trap(trap, upTime, objects) : v1Trap(router, trap, upTime, objects);
            CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress(destination, host.udpPort()),
                    new OctetString(host.community()));
            target.setVersion(host.version2c() ? SnmpConstants.version2c : SnmpConstants.version1);
            execute(() -> {
                SnmpAgent agent = agents.get(router);
                if (agent != null) {
                    agent.send(pdu, target);
                }
            });
        }
    }

    private static PDU v2Trap(OID trap, long upTime, List<VariableBinding> objects) {
        PDU pdu = new PDU();
        pdu.setType(PDU.TRAP);
        pdu.add(new VariableBinding(MibView.SYS_UP_TIME, new TimeTicks(upTime)));
        pdu.add(new VariableBinding(SNMP_TRAP_OID, trap));
        objects.forEach(pdu::add);
        return pdu;
    }

    /** RFC 3584 3.2: the SNMPv1 form of a trap (generic linkDown 2 / linkUp 3, else enterprise-specific). */
    private PDU v1Trap(Router router, OID trap, long upTime, List<VariableBinding> objects) {
        PDUv1 pdu = new PDUv1();
        pdu.setType(PDU.V1TRAP);
        pdu.setTimestamp(upTime);
        InetSocketAddress agent = addresses.get(router);
        pdu.setAgentAddress(new IpAddress(agent.getAddress().isAnyLocalAddress()
                ? InetAddress.getLoopbackAddress() : agent.getAddress()));
        if (trap.equals(LINK_DOWN) || trap.equals(LINK_UP)) {
            pdu.setEnterprise(MibView.IOSV_OBJECT_ID);
            pdu.setGenericTrap(trap.equals(LINK_DOWN) ? PDUv1.LINKDOWN : PDUv1.LINKUP);
            pdu.setSpecificTrap(0);
        } else {
            OID enterprise = new OID(trap);
            int specific = enterprise.removeLast();
            enterprise.removeLast(); // the 0 of an SNMPv2 notification's OID
            pdu.setEnterprise(enterprise);
            pdu.setGenericTrap(PDUv1.ENTERPRISE_SPECIFIC);
            pdu.setSpecificTrap(specific);
        }
        objects.forEach(pdu::add);
        return pdu;
    }

    private void execute(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            // the lab is stopping
        }
    }

    /** Where each router's agent listens (for the start report). */
    public Map<Router, InetSocketAddress> addresses() {
        return Map.copyOf(addresses);
    }

    private static InetAddress inet(SnmpConfig.NotificationHost host) {
        int bits = host.address().bits();
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    @Override
    public void close() {
        List<SnmpAgent> open = new ArrayList<>();
        try {
            worker.submit(() -> open.addAll(agents.values())).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        worker.shutdownNow();
        open.forEach(SnmpAgent::close);
    }
}
