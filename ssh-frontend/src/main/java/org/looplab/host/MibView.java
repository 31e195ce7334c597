package org.looplab.host;

import java.util.Map;
import java.util.TreeMap;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.NeighborSetting;
import org.looplab.cli.show.ShowVersion;
import org.looplab.router.InterfaceCounters;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.Neighbor;
import org.looplab.ospf.Ospf;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.InterfaceStatus;
import org.looplab.router.Router;
import org.looplab.snmp.SnmpConfig;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * The objects a router's agent serves, read from the router in one kernel task: SNMPv2-MIB's system
 * group, IF-MIB's ifTable and ifXTable (status from the interfaces, counters from the data plane), IP-MIB's
 * ipAddrTable, OSPF-MIB's ospfNbrTable and BGP4-MIB's bgpPeerTable, in OID order for GETNEXT and GETBULK.
 */
final class MibView {
    static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    static final OID SYS_CONTACT = new OID("1.3.6.1.2.1.1.4.0");
    static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");
    static final OID SYS_LOCATION = new OID("1.3.6.1.2.1.1.6.0");
    static final OID SYS_SERVICES = new OID("1.3.6.1.2.1.1.7.0");
    /** IOSv's sysObjectID (ciscoProducts.1, as an IOSv answers). */
    static final OID IOSV_OBJECT_ID = new OID("1.3.6.1.4.1.9.1.1");
    static final OID IF_NUMBER = new OID("1.3.6.1.2.1.2.1.0");
    static final OID IF_ENTRY = new OID("1.3.6.1.2.1.2.2.1");
    static final OID IF_X_ENTRY = new OID("1.3.6.1.2.1.31.1.1.1");
    static final OID IP_AD_ENT = new OID("1.3.6.1.2.1.4.20.1");
    static final OID OSPF_ROUTER_ID = new OID("1.3.6.1.2.1.14.1.1.0");
    static final OID OSPF_ADMIN_STAT = new OID("1.3.6.1.2.1.14.1.2.0");
    static final OID OSPF_NBR_ENTRY = new OID("1.3.6.1.2.1.14.10.1");
    static final OID BGP_VERSION = new OID("1.3.6.1.2.1.15.1.0");
    static final OID BGP_LOCAL_AS = new OID("1.3.6.1.2.1.15.2.0");
    static final OID BGP_PEER_ENTRY = new OID("1.3.6.1.2.1.15.3.1");
    static final OID BGP_IDENTIFIER = new OID("1.3.6.1.2.1.15.4.0");
    /** CISCO's locIfReason (OLD-CISCO-INTERFACES-MIB), carried by IOS's link traps. */
    static final OID LOC_IF_REASON = new OID("1.3.6.1.4.1.9.2.2.1.1.20");

    /** IOS's sysServices for a router: internet, end-to-end and applications layers (2+4+8+64). */
    private static final int SYS_SERVICES_ROUTER = 78;
    private static final long GIGABIT = 1_000_000_000L;

    private MibView() {
    }

    /** Hundredths of a second since the router booted, on the virtual clock (sysUpTime). */
    static long upTimeTicks(Router router) {
        return Math.max(0, router.kernel().now() - router.bootTimeNanos()) / 10_000_000L;
    }

    /** Kernel thread: every object the agent serves now. */
    static TreeMap<OID, Variable> snapshot(Router router, SnmpConfig config, Map<InterfaceName, Long> lastChange) {
        TreeMap<OID, Variable> mib = new TreeMap<>();
        mib.put(SYS_DESCR, new OctetString(ShowVersion.SOFTWARE_LINE + "\r\nTechnical Support: http://www.cisco.com/techsupport"
                + "\r\nCopyright (c) 1986-2022 by Cisco Systems, Inc.\r\nCompiled Fri 05-Aug-22 10:58 by prod_rel_team"));
        mib.put(SYS_OBJECT_ID, IOSV_OBJECT_ID);
        mib.put(SYS_UP_TIME, new TimeTicks(upTimeTicks(router)));
        mib.put(SYS_CONTACT, new OctetString(config.contact() == null ? "" : config.contact()));
        mib.put(SYS_NAME, new OctetString(router.hostname()));
        mib.put(SYS_LOCATION, new OctetString(config.location() == null ? "" : config.location()));
        mib.put(SYS_SERVICES, new Integer32(SYS_SERVICES_ROUTER));
        Map<Integer, Object> interfaces = config.ifIndexes(router);
        mib.put(IF_NUMBER, new Integer32(interfaces.size()));
        interfaces.forEach((index, iface) -> interfaceRows(router, index, iface, lastChange, mib));
        addresses(router, config, mib);
        ospf(router, mib);
        bgp(router, mib);
        return mib;
    }

    private static void interfaceRows(Router router, int index, Object entry, Map<InterfaceName, Long> lastChange,
            TreeMap<OID, Variable> mib) {
        Interface iface = entry instanceof Interface i ? i : null;
        InterfaceName name = iface != null ? iface.name() : (InterfaceName) entry;
        boolean physical = iface != null && !iface.isLoopback();
        InterfaceCounters counters = iface != null ? iface.counters() : null;
        long speedBits = physical ? GIGABIT : 8_000_000_000L; // IOS: loopbacks and Null0 claim 8 Gbit/s
        boolean adminUp = iface == null || !iface.isShutdown();
        boolean operUp = iface == null || iface.isProtocolUp();
        put(mib, IF_ENTRY, 1, index, new Integer32(index));
        put(mib, IF_ENTRY, 2, index, new OctetString(name.fullName()));
        put(mib, IF_ENTRY, 3, index, new Integer32(iface == null ? 1 : physical ? 6 : 24)); // other, ethernetCsmacd, softwareLoopback
        put(mib, IF_ENTRY, 4, index, new Integer32(physical || iface == null ? 1500 : 1514));
        put(mib, IF_ENTRY, 5, index, new Gauge32(Math.min(speedBits, 4294967295L)));
        put(mib, IF_ENTRY, 6, index, physical ? mac(iface.macAddress())
                : new OctetString());
        put(mib, IF_ENTRY, 7, index, new Integer32(adminUp ? 1 : 2));
        put(mib, IF_ENTRY, 8, index, new Integer32(operUp ? 1 : 2));
        put(mib, IF_ENTRY, 9, index, new TimeTicks(lastChange.getOrDefault(name, 0L)));
        put(mib, IF_ENTRY, 10, index, new Counter32(counters == null ? 0 : counters.inOctets() & 0xFFFFFFFFL));
        put(mib, IF_ENTRY, 11, index, new Counter32(counters == null ? 0 : counters.inUnicastPackets() & 0xFFFFFFFFL));
        put(mib, IF_ENTRY, 12, index, new Counter32(counters == null ? 0 : counters.inMulticastPackets() & 0xFFFFFFFFL));
        put(mib, IF_ENTRY, 13, index, new Counter32(0));
        put(mib, IF_ENTRY, 14, index, new Counter32(0));
        put(mib, IF_ENTRY, 15, index, new Counter32(0));
        put(mib, IF_ENTRY, 16, index, new Counter32(counters == null ? 0 : counters.outOctets() & 0xFFFFFFFFL));
        put(mib, IF_ENTRY, 17, index, new Counter32(counters == null ? 0 : counters.outUnicastPackets() & 0xFFFFFFFFL));
        put(mib, IF_ENTRY, 18, index, new Counter32(counters == null ? 0 : counters.outMulticastPackets() & 0xFFFFFFFFL));
        put(mib, IF_ENTRY, 19, index, new Counter32(0));
        put(mib, IF_ENTRY, 20, index, new Counter32(0));
        put(mib, IF_ENTRY, 21, index, new Gauge32(0));
        put(mib, IF_ENTRY, 22, index, new OID("0.0"));

        put(mib, IF_X_ENTRY, 1, index, new OctetString(name.shortName()));
        put(mib, IF_X_ENTRY, 2, index, new Counter32(counters == null ? 0 : counters.inMulticastPackets() & 0xFFFFFFFFL));
        put(mib, IF_X_ENTRY, 3, index, new Counter32(counters == null ? 0 : counters.inBroadcastPackets() & 0xFFFFFFFFL));
        put(mib, IF_X_ENTRY, 4, index, new Counter32(counters == null ? 0 : counters.outMulticastPackets() & 0xFFFFFFFFL));
        put(mib, IF_X_ENTRY, 5, index, new Counter32(counters == null ? 0 : counters.outBroadcastPackets() & 0xFFFFFFFFL));
        put(mib, IF_X_ENTRY, 6, index, new Counter64(counters == null ? 0 : counters.inOctets()));
        put(mib, IF_X_ENTRY, 7, index, new Counter64(counters == null ? 0 : counters.inUnicastPackets()));
        put(mib, IF_X_ENTRY, 8, index, new Counter64(counters == null ? 0 : counters.inMulticastPackets()));
        put(mib, IF_X_ENTRY, 9, index, new Counter64(0));
        put(mib, IF_X_ENTRY, 10, index, new Counter64(counters == null ? 0 : counters.outOctets()));
        put(mib, IF_X_ENTRY, 11, index, new Counter64(counters == null ? 0 : counters.outUnicastPackets()));
        put(mib, IF_X_ENTRY, 12, index, new Counter64(counters == null ? 0 : counters.outMulticastPackets()));
        put(mib, IF_X_ENTRY, 13, index, new Counter64(0));
        put(mib, IF_X_ENTRY, 14, index, new Integer32(1)); // ifLinkUpDownTrapEnable: enabled
        put(mib, IF_X_ENTRY, 15, index, new Gauge32(speedBits / 1_000_000));
        put(mib, IF_X_ENTRY, 16, index, new Integer32(2)); // ifPromiscuousMode: false
        put(mib, IF_X_ENTRY, 17, index, new Integer32(physical ? 1 : 2)); // ifConnectorPresent
        put(mib, IF_X_ENTRY, 18, index, new OctetString(iface == null || iface.description() == null ? "" : iface.description()));
        put(mib, IF_X_ENTRY, 19, index, new TimeTicks(0));
    }

    private static void addresses(Router router, SnmpConfig config, TreeMap<OID, Variable> mib) {
        for (Interface iface : router.interfaces()) {
            InterfaceAddress address = iface.address();
            if (address == null) {
                continue;
            }
            OID row = ip(address.address());
            put(mib, IP_AD_ENT, 1, row, ipAddress(address.address()));
            put(mib, IP_AD_ENT, 2, row, new Integer32(config.ifIndex(iface.name())));
            put(mib, IP_AD_ENT, 3, row, ipAddress(address.mask()));
            put(mib, IP_AD_ENT, 4, row, new Integer32(1));
            put(mib, IP_AD_ENT, 5, row, new Integer32(18024)); // IOS's ipAdEntReasmMaxSize
        }
    }

    private static void ospf(Router router, TreeMap<OID, Variable> mib) {
        Ospf ospf = router.ospf();
        OspfProcess first = ospf.processes().stream().findFirst().orElse(null);
        mib.put(OSPF_ADMIN_STAT, new Integer32(first == null ? 2 : 1));
        if (first == null) {
            return;
        }
        if (first.routerId() != null) {
            mib.put(OSPF_ROUTER_ID, ipAddress(first.routerId()));
        }
        for (OspfProcess process : ospf.processes()) {
            for (Neighbor neighbor : process.neighbors()) {
                OID row = ip(neighbor.address()).append(0);
                put(mib, OSPF_NBR_ENTRY, 1, row, ipAddress(neighbor.address()));
                put(mib, OSPF_NBR_ENTRY, 2, row, new Integer32(0));
                put(mib, OSPF_NBR_ENTRY, 3, row, ipAddress(neighbor.routerId()));
                put(mib, OSPF_NBR_ENTRY, 4, row, new Integer32(2)); // options: E bit
                put(mib, OSPF_NBR_ENTRY, 5, row, new Integer32(neighbor.priority()));
                put(mib, OSPF_NBR_ENTRY, 6, row, new Integer32(ospfState(neighbor)));
                put(mib, OSPF_NBR_ENTRY, 7, row, new Counter32(0));
                put(mib, OSPF_NBR_ENTRY, 8, row, new Gauge32(neighbor.retransmissionCount()));
                put(mib, OSPF_NBR_ENTRY, 9, row, new Integer32(1)); // ospfNbmaNbrStatus: active
                put(mib, OSPF_NBR_ENTRY, 10, row, new Integer32(2)); // ospfNbmaNbrPermanence: dynamic
                put(mib, OSPF_NBR_ENTRY, 11, row, new Integer32(2)); // ospfNbrHelloSuppressed: false
            }
        }
    }

    /** OSPF-MIB's ospfNbrState: down(1) attempt(2) init(3) twoWay(4) exchangeStart(5) exchange(6) loading(7) full(8). */
    private static int ospfState(Neighbor neighbor) {
        return switch (neighbor.state()) {
            case DOWN -> 1;
            case INIT -> 3;
            case TWO_WAY -> 4;
            case EX_START -> 5;
            case EXCHANGE -> 6;
            case LOADING -> 7;
            case FULL -> 8;
        };
    }

    private static void bgp(Router router, TreeMap<OID, Variable> mib) {
        Bgp bgp = router.attachmentIfPresent(Bgp.class);
        BgpSpeaker speaker = bgp == null || !bgp.isRunning() ? null : bgp.speaker();
        if (speaker == null) {
            return;
        }
        mib.put(BGP_VERSION, OctetString.fromHexString("10")); // bit 3 (version 4) of the first octet
        mib.put(BGP_LOCAL_AS, new Integer32((int) twoOctetAs(speaker.localAs().value())));
        if (speaker.routerId() != null) {
            mib.put(BGP_IDENTIFIER, ipAddress(speaker.routerId()));
        }
        long now = router.kernel().now();
        for (BgpNeighbor neighbor : speaker.neighbors()) {
            OID row = ip(neighbor.address());
            boolean established = neighbor.isEstablished();
            var connection = neighbor.connection();
            int[] timers = neighbor.configuredTimers();
            put(mib, BGP_PEER_ENTRY, 1, row, ipAddress(established && neighbor.remoteRouterId() != null
                    ? neighbor.remoteRouterId() : Ipv4Address.ANY));
            put(mib, BGP_PEER_ENTRY, 2, row, new Integer32(neighbor.state().ordinal() + 1));
            put(mib, BGP_PEER_ENTRY, 3, row, new Integer32(
                    neighbor.config().isOn(NeighborSetting.SHUTDOWN) ? 1 : 2)); // stop(1), start(2)
            put(mib, BGP_PEER_ENTRY, 4, row, new Integer32(established ? 4 : 0));
            put(mib, BGP_PEER_ENTRY, 5, row, ipAddress(connection == null ? Ipv4Address.ANY : connection.localAddress()));
            put(mib, BGP_PEER_ENTRY, 6, row, new Integer32(connection == null ? 0 : connection.localPort()));
            put(mib, BGP_PEER_ENTRY, 7, row, ipAddress(neighbor.address()));
            put(mib, BGP_PEER_ENTRY, 8, row, new Integer32(connection == null ? 0 : connection.remotePort()));
            long remoteAs = neighbor.configuredRemoteAs() == null ? 0 : neighbor.configuredRemoteAs().value();
            put(mib, BGP_PEER_ENTRY, 9, row, new Integer32((int) twoOctetAs(remoteAs)));
            put(mib, BGP_PEER_ENTRY, 10, row, new Counter32(neighbor.messages().updatesReceived() & 0xFFFFFFFFL));
            put(mib, BGP_PEER_ENTRY, 11, row, new Counter32(neighbor.messages().updatesSent() & 0xFFFFFFFFL));
            put(mib, BGP_PEER_ENTRY, 12, row, new Counter32(neighbor.messages().totalReceived() & 0xFFFFFFFFL));
            put(mib, BGP_PEER_ENTRY, 13, row, new Counter32(neighbor.messages().totalSent() & 0xFFFFFFFFL));
            var notification = neighbor.lastResetNotification();
            put(mib, BGP_PEER_ENTRY, 14, row, new OctetString(notification == null ? new byte[2]
                    : new byte[] {(byte) notification.code(), (byte) notification.subcode()}));
            put(mib, BGP_PEER_ENTRY, 15, row, new Counter32(neighbor.connectionsEstablished()));
            put(mib, BGP_PEER_ENTRY, 16, row, new Gauge32(neighbor.neverUp() ? 0
                    : Math.max(0, now - neighbor.upDownSinceNanos()) / 1_000_000_000L));
            put(mib, BGP_PEER_ENTRY, 17, row, new Integer32(120)); // IOS's connect retry interval
            put(mib, BGP_PEER_ENTRY, 18, row, new Integer32(established ? neighbor.holdTime() : 0));
            put(mib, BGP_PEER_ENTRY, 19, row, new Integer32(established ? neighbor.keepaliveInterval() : 0));
            put(mib, BGP_PEER_ENTRY, 20, row, new Integer32(timers[1]));
            put(mib, BGP_PEER_ENTRY, 21, row, new Integer32(timers[0]));
            put(mib, BGP_PEER_ENTRY, 22, row, new Integer32(15));
            put(mib, BGP_PEER_ENTRY, 23, row, new Integer32(neighbor.isInternal() ? 0 : 30));
            put(mib, BGP_PEER_ENTRY, 24, row, new Gauge32(0));
        }
    }

    private static void put(TreeMap<OID, Variable> mib, OID entry, int column, int index, Variable value) {
        mib.put(new OID(entry).append(column).append(index), value);
    }

    private static void put(TreeMap<OID, Variable> mib, OID entry, int column, OID row, Variable value) {
        mib.put(new OID(entry).append(column).append(row), value);
    }

    /** BGP4-MIB's AS objects are two octets: a four-octet AS shows as AS_TRANS (RFC 6793). */
    private static long twoOctetAs(long as) {
        return as > 65535 ? org.looplab.bgp.AsNumber.AS_TRANS : as;
    }

    /** IOS's dotted MAC {@code 5254.0000.0100} as its six octets. */
    private static OctetString mac(String dotted) {
        String hex = dotted.replace(".", "");
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new OctetString(bytes);
    }

    static OID ip(Ipv4Address address) {
        int bits = address.bits();
        return new OID(new int[] {bits >>> 24, (bits >>> 16) & 0xFF, (bits >>> 8) & 0xFF, bits & 0xFF});
    }

    static IpAddress ipAddress(Ipv4Address address) {
        int bits = address.bits();
        return new IpAddress(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
    }
}
