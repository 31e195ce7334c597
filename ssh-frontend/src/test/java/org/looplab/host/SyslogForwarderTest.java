package org.looplab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Log messages leave as IOS's syslog datagrams (or TCP lines) to a real socket on 127/8. */
class SyslogForwarderTest {
    private final Kernel kernel = new Kernel(1);
    private final Lab lab = new Lab("syslog", kernel);
    private final List<AutoCloseable> open = new ArrayList<>();
    private Router r1;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private SyslogForwarder labWith(String r1Config, InetAddress r1Source) {
        r1 = kernel.call(() -> lab.addRouter("r1"));
        Router r2 = kernel.call(() -> lab.addRouter("r2"));
        kernel.call(() -> lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0)));
        SyslogForwarder forwarder = new SyslogForwarder(Map.of(r1, r1Source, r2, InetAddress.getLoopbackAddress()),
                false, notice -> { });
        open.add(forwarder);
        kernel.call(() -> {
            forwarder.attach(lab);
            ConfigLoader.apply(r2, "interface GigabitEthernet0/0\n");
            List<String> warnings = ConfigLoader.apply(r1, r1Config + "interface GigabitEthernet0/0\n");
            assertEquals(List.of(), warnings);
            return null;
        });
        kernel.runUntil(5_000_000_000L);
        return forwarder;
    }

    private void pullCable() {
        kernel.call(() -> {
            lab.setConnected(lab.links().get(0), false);
            return null;
        });
        kernel.runUntil(kernel.now() + 1_000_000_000L);
    }

    @Test
    void linkDownGoesAsLocal7WithSequenceTimestampAndSourceAddress() throws Exception {
        DatagramSocket collector = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        collector.setSoTimeout(5000);
        open.add(collector);
        InetAddress source = InetAddress.getByName("127.1.0.1");
        labWith("hostname R1\nservice timestamps log datetime msec\nlogging origin-id hostname\n"
                + "logging host 127.0.0.1 transport udp port " + collector.getLocalPort() + "\n"
                + "interface GigabitEthernet0/0\n ip address 10.0.12.1 255.255.255.0\n", source);
        pullCable();

        DatagramPacket link = receiveDown(collector);
        String text = new String(link.getData(), 0, link.getLength(), StandardCharsets.UTF_8);
        // local7 (23) * 8 + error (3) = 187; the message's number among all the router logged.
        assertTrue(text.matches("<187>\\d+: R1: \\*Mar  1 00:00:0\\d\\.\\d{3}: %LINK-3-UPDOWN: "
                + "Interface GigabitEthernet0/0, changed state to down"), text);
        assertEquals(source, link.getAddress(), "sent from the router's own 127/8 address");
        String lineProtocol = text(receive(collector));
        assertTrue(lineProtocol.matches("<189>\\d+: R1: \\*Mar  1 .*: %LINEPROTO-5-UPDOWN: Line protocol on "
                + "Interface GigabitEthernet0/0, changed state to down"), lineProtocol);
        int first = Integer.parseInt(text.substring(5, text.indexOf(':')));
        assertEquals(first + 1, Integer.parseInt(lineProtocol.substring(5, lineProtocol.indexOf(':'))));
        String shown = kernel.call(() -> new CliSession(r1, "admin", 15, "test").execute("show logging"));
        assertTrue(shown.contains("Logging to 127.0.0.1  (udp port " + collector.getLocalPort()), shown);
        assertTrue(shown.contains("4 message lines logged"), shown);
    }

    /**
     * logging origin-id ip names the logging source-interface's address (the datagram itself leaves from the
     * router's host address, the lab's edge); without a source interface, that host address.
     */
    @Test
    void originIdIpIsTheSourceInterfacesAddressElseTheHostAddress() throws Exception {
        DatagramSocket collector = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        collector.setSoTimeout(5000);
        open.add(collector);
        InetAddress source = InetAddress.getByName("127.1.0.1");
        labWith("hostname R1\nno service timestamps log\ninterface Loopback0\n ip address 10.0.0.1 255.255.255.255\n"
                + "logging origin-id ip\nlogging source-interface Loopback0\n"
                + "logging host 127.0.0.1 transport udp port " + collector.getLocalPort() + "\n", source);
        pullCable();
        DatagramPacket down = receiveDown(collector);
        String text = new String(down.getData(), 0, down.getLength(), StandardCharsets.UTF_8);
        assertTrue(text.matches("<187>\\d+: 10\\.0\\.0\\.1: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down"),
                text);
        assertEquals(source, down.getAddress(), "the datagram still leaves from the router's host address");
        String config = kernel.call(() -> RunningConfigWriter.render(r1));
        assertTrue(config.contains("logging origin-id ip\nlogging source-interface Loopback0\n"), config);

        kernel.call(() -> ConfigLoader.apply(r1, "no logging source-interface\n"));
        kernel.call(() -> {
            lab.setConnected(lab.links().get(0), true);
            return null;
        });
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        String up = text(receive(collector));
        while (!up.contains("%LINK-3-UPDOWN")) {
            up = text(receive(collector));
        }
        assertTrue(up.matches("<187>\\d+: 127\\.1\\.0\\.1: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up"), up);
    }

    @Test
    void trapLevelFiltersAndUptimeStamps() throws Exception {
        DatagramSocket collector = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        collector.setSoTimeout(1000);
        open.add(collector);
        labWith("service timestamps log uptime\nlogging trap errors\n"
                + "logging host 127.0.0.1 transport udp port " + collector.getLocalPort() + "\n",
                InetAddress.getLoopbackAddress());
        pullCable();
        String text = text(receiveDown(collector));
        assertTrue(text.matches("<187>\\d+: 00:00:0\\d: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down"),
                text);
        // %LINEPROTO-5 is a notification: above "logging trap errors", so it stays on the router.
        DatagramPacket none = new DatagramPacket(new byte[2048], 2048);
        assertThrowsTimeout(collector, none);
        String config = kernel.call(() -> RunningConfigWriter.render(r1));
        assertTrue(config.contains("logging trap errors\nlogging host 127.0.0.1 transport udp port "
                + collector.getLocalPort() + "\n!\n"), config);
    }

    @Test
    void tcpTransportSendsNewlineFramedLines() throws Exception {
        ServerSocket collector = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        collector.setSoTimeout(5000);
        open.add(collector);
        labWith("no service timestamps log\nlogging host 127.0.0.1 transport tcp port " + collector.getLocalPort() + "\n",
                InetAddress.getLoopbackAddress());
        pullCable();
        try (Socket connection = collector.accept()) {
            connection.setSoTimeout(5000);
            BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            while (!line.contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down")) {
                line = lines.readLine();
            }
            assertTrue(line.matches("<187>\\d+: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down"), line);
            assertTrue(lines.readLine().matches("<189>\\d+: %LINEPROTO-5-UPDOWN: .*"));
        }
    }

    @Test
    void hostsOutsideLoopbackAreNotSentToWithoutBindAny() throws Exception {
        r1 = kernel.call(() -> lab.addRouter("r1"));
        List<String> notices = new ArrayList<>();
        SyslogForwarder forwarder = new SyslogForwarder(Map.of(r1, InetAddress.getLoopbackAddress()), false, notices::add);
        open.add(forwarder);
        kernel.call(() -> {
            forwarder.attach(lab);
            ConfigLoader.apply(r1, "logging host 192.0.2.1\ninterface Loopback0\n");
            return null;
        });
        assertEquals(List.of("r1: logging host 192.0.2.1 is outside 127/8; syslog goes there only with --bind-any"),
                notices);
    }

    private static DatagramPacket receive(DatagramSocket socket) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        socket.receive(packet);
        return packet;
    }

    /** The first datagram about a state change to down (the boot's "up" messages come first). */
    private static DatagramPacket receiveDown(DatagramSocket socket) throws IOException {
        DatagramPacket packet = receive(socket);
        while (!text(packet).contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down")) {
            packet = receive(socket);
        }
        return packet;
    }

    private static String text(DatagramPacket packet) {
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    private static void assertThrowsTimeout(DatagramSocket socket, DatagramPacket packet) throws IOException {
        try {
            socket.receive(packet);
            assertNull(text(packet), "no datagram expected");
        } catch (SocketTimeoutException expected) {
            // nothing sent
        }
    }
}
