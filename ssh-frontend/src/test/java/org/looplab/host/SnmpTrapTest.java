package org.looplab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.FreePorts;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.Snmp;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * Traps as a manager's SNMP stack decodes them: bgpEstablishedNotification and
 * bgpBackwardTransNotification (SNMPv2c) when an eBGP session comes up and when its cable is pulled, and
 * the SNMPv1 form of linkDown (generic trap 2) for a host without "version 2c".
 */
class SnmpTrapTest {
    private final Kernel kernel = new Kernel(1);
    private final Lab lab = new Lab("traps", kernel);
    private SnmpService service;
    private Snmp v2Receiver;
    private Snmp v1Receiver;
    private final LinkedBlockingQueue<PDU> v2Traps = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<PDU> v1Traps = new LinkedBlockingQueue<>();

    @AfterEach
    void close() throws Exception {
        if (service != null) {
            service.close();
        }
        if (v2Receiver != null) {
            v2Receiver.close();
        }
        if (v1Receiver != null) {
            v1Receiver.close();
        }
    }

    private static Snmp receiver(String address, int port, LinkedBlockingQueue<PDU> into) throws Exception {
        Snmp snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getByName(address), port)));
        snmp.addCommandResponder(new org.snmp4j.CommandResponder() {
            @Override
            public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
                into.add(event.getPDU());
            }
        });
        snmp.listen();
        return snmp;
    }

    @Test
    void bgpSessionChangesAndLinkDownBecomeTraps() throws Exception {
        int trapPort = FreePorts.consecutive(1);
        v2Receiver = receiver("127.0.0.1", trapPort, v2Traps);
        v1Receiver = receiver("127.0.0.2", trapPort, v1Traps);
        Router r1 = kernel.call(() -> lab.addRouter("r1"));
        Router r2 = kernel.call(() -> lab.addRouter("r2"));
        kernel.call(() -> lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0)));
        service = new SnmpService(Map.of(r1, new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.consecutive(1)),
                r2, new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.consecutive(1))), false, notice -> { });
        kernel.call(() -> {
            service.attach(lab);
            ConfigLoader.apply(r2, "interface GigabitEthernet0/0\n ip address 10.0.12.2 255.255.255.0\n"
                    + "router bgp 65002\n neighbor 10.0.12.1 remote-as 65001\n");
            List<String> warnings = ConfigLoader.apply(r1, "interface GigabitEthernet0/0\n ip address 10.0.12.1 255.255.255.0\n"
                    + "router bgp 65001\n neighbor 10.0.12.2 remote-as 65002\n"
                    + "snmp-server community public RO\nsnmp-server enable traps bgp\n"
                    + "snmp-server enable traps snmp linkdown\n"
                    + "snmp-server host 127.0.0.1 version 2c public udp-port " + trapPort + "\n"
                    + "snmp-server host 127.0.0.2 public udp-port " + trapPort + "\n");
            assertEquals(List.of(), warnings);
            return null;
        });
        kernel.runUntil(120_000_000_000L);

        PDU established = nextWith(v2Traps, SnmpService.BGP_ESTABLISHED);
        assertEquals("10.0.12.2", established.getVariable(new OID("1.3.6.1.2.1.15.3.1.7.10.0.12.2")).toString());
        assertEquals(6, established.getVariable(new OID("1.3.6.1.2.1.15.3.1.2.10.0.12.2")).toInt());
        // BGP4-MIB's bgpPeerTable row as a GET reads it: established, version 4, the peer's AS and port 179.
        var mib = kernel.call(() -> MibView.snapshot(r1, org.looplab.snmp.SnmpConfig.of(r1), new java.util.HashMap<>()));
        assertEquals(6, mib.get(new OID("1.3.6.1.2.1.15.3.1.2.10.0.12.2")).toInt());
        assertEquals(4, mib.get(new OID("1.3.6.1.2.1.15.3.1.4.10.0.12.2")).toInt());
        assertEquals(65002, mib.get(new OID("1.3.6.1.2.1.15.3.1.9.10.0.12.2")).toInt());
        assertEquals(65001, mib.get(new OID("1.3.6.1.2.1.15.2.0")).toInt());
        int localPort = mib.get(new OID("1.3.6.1.2.1.15.3.1.6.10.0.12.2")).toInt();
        int remotePort = mib.get(new OID("1.3.6.1.2.1.15.3.1.8.10.0.12.2")).toInt();
        assertEquals(true, localPort == 179 || remotePort == 179, localPort + " " + remotePort);

        kernel.call(() -> {
            lab.setConnected(lab.links().get(0), false);
            return null;
        });
        kernel.runUntil(kernel.now() + 5_000_000_000L);
        PDU backward = nextWith(v2Traps, SnmpService.BGP_BACKWARD_TRANSITION);
        assertNotNull(backward.getVariable(new OID("1.3.6.1.2.1.15.3.1.14.10.0.12.2")));
        PDU linkDown = v1Traps.poll(10, TimeUnit.SECONDS);
        while (linkDown != null && ((PDUv1) linkDown).getGenericTrap() != PDUv1.LINKDOWN) {
            linkDown = v1Traps.poll(10, TimeUnit.SECONDS);
        }
        assertNotNull(linkDown, "an SNMPv1 linkDown trap");
        assertEquals(MibView.IOSV_OBJECT_ID, ((PDUv1) linkDown).getEnterprise());
        assertEquals("GigabitEthernet0/0", linkDown.getVariable(new OID("1.3.6.1.2.1.2.2.1.2.1")).toString());
        assertEquals("down", linkDown.getVariable(new OID("1.3.6.1.4.1.9.2.2.1.1.20.1")).toString());
    }

    /** The next SNMPv2c trap whose snmpTrapOID is {@code trap}, skipping others; waits 10 s at most. */
    private static PDU nextWith(LinkedBlockingQueue<PDU> traps, OID trap) throws InterruptedException {
        while (true) {
            PDU pdu = traps.poll(10, TimeUnit.SECONDS);
            assertNotNull(pdu, "no trap " + trap);
            if (trap.equals(pdu.getVariable(SnmpService.SNMP_TRAP_OID))) {
                return pdu;
            }
        }
    }
}
