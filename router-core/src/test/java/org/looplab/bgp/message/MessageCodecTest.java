package org.looplab.bgp.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.Origin;
import org.looplab.bgp.attr.AsPath;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/** Round trips through the wire format, exact lengths, and the NOTIFICATION every malformed message gives. */
class MessageCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] hex(String text) {
        return HEX.parseHex(text.replace(" ", ""));
    }

    private static BgpMessage roundTrip(BgpMessage message, boolean fourOctet) {
        byte[] bytes = MessageCodec.encode(message, fourOctet);
        DecodeResult result = MessageCodec.decode(bytes, fourOctet);
        return assertInstanceOf(DecodeResult.Decoded.class, result).message();
    }

    private static NotificationMessage error(byte[] bytes) {
        return assertInstanceOf(DecodeResult.Error.class, MessageCodec.decode(bytes, true)).notification();
    }

    @Test
    void keepaliveIsNineteenOctetsOfHeader() {
        byte[] bytes = MessageCodec.encode(KeepaliveMessage.INSTANCE, true);
        assertEquals("ffffffffffffffffffffffffffffffff001304", HEX.formatHex(bytes));
        assertEquals(KeepaliveMessage.INSTANCE, roundTrip(KeepaliveMessage.INSTANCE, true));
    }

    @Test
    void openCarriesCapabilitiesAndAsTransForAFourOctetAs() {
        OpenMessage open = OpenMessage.of(65000, 180, Ipv4Address.of("1.1.1.1"));
        byte[] bytes = MessageCodec.encode(open, true);
        // 19 header + 10 fixed + 2 parameter header + 6 (MP) + 2 (RR) + 6 (AS4) = 45
        assertEquals(45, bytes.length);
        assertEquals("ffffffffffffffffffffffffffffffff002d01" + "04fde800b401010101" + "10" + "020e"
                + "010400010001" + "0200" + "41040000fde8", HEX.formatHex(bytes));
        OpenMessage back = (OpenMessage) roundTrip(open, true);
        assertEquals(open, back);
        assertEquals(65000, back.asNumber());

        OpenMessage big = OpenMessage.of(4200000000L, 90, Ipv4Address.of("2.2.2.2"));
        OpenMessage bigBack = (OpenMessage) roundTrip(big, true);
        assertEquals(23456, bigBack.myAutonomousSystem());
        assertEquals(4200000000L, bigBack.asNumber());
        assertTrue(bigBack.supportsRouteRefresh() && bigBack.supportsFourOctetAs());
    }

    @Test
    void updateWithEveryAttributeRoundTrips() {
        PathAttributes attributes = PathAttributes.builder().origin(Origin.INCOMPLETE)
                .asPath(AsPath.sequence(65001, 4200000000L, 65003)).nextHop(Ipv4Address.of("10.0.12.2")).med(50)
                .localPref(200).atomicAggregate(true).aggregator(65001, Ipv4Address.of("9.9.9.9"))
                .communities(new long[] {65001L << 16 | 100, 0xFFFFFF01L}).originatorId(Ipv4Address.of("3.3.3.3"))
                .clusterList(new Ipv4Address[] {Ipv4Address.of("1.1.1.1"), Ipv4Address.of("2.2.2.2")}).build();
        UpdateMessage update = new UpdateMessage(List.of(Ipv4Prefix.containing(Ipv4Address.of("192.168.0.0"), 16)),
                attributes, List.of(Ipv4Prefix.containing(Ipv4Address.of("10.1.0.0"), 16),
                        Ipv4Prefix.containing(Ipv4Address.of("10.2.3.128"), 25), Ipv4Prefix.DEFAULT_ROUTE));
        UpdateMessage back = (UpdateMessage) roundTrip(update, true);
        assertEquals(update.withdrawn(), back.withdrawn());
        assertEquals(update.nlri(), back.nlri());
        assertEquals(attributes, back.attributes());
        assertNull(back.treatAsWithdraw());
        // Two-octet session: AS_TRANS in AS_PATH, the real path in AS4_PATH, merged back on receipt.
        UpdateMessage twoOctet = (UpdateMessage) roundTrip(update, false);
        assertEquals("65001 4200000000 65003", twoOctet.attributes().asPath().toString());
    }

    @Test
    void updateLengthIsTheWireLength() {
        PathAttributes attributes = PathAttributes.builder().asPath(AsPath.sequence(65001))
                .nextHop(Ipv4Address.of("10.0.0.1")).build();
        byte[] bytes = MessageCodec.encode(new UpdateMessage(List.of(), attributes,
                List.of(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 8))), true);
        // header 19, withdrawn len 2, attr len 2, ORIGIN 4, AS_PATH 3+2+4, NEXT_HOP 7, NLRI 2
        assertEquals(19 + 2 + 2 + 4 + 9 + 7 + 2, bytes.length);
        assertEquals(bytes.length, ((bytes[16] & 0xFF) << 8) | (bytes[17] & 0xFF));
    }

    @Test
    void manyPrefixesSplitIntoMessagesOfAtMost4096Octets() {
        List<Ipv4Prefix> prefixes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            prefixes.add(new Ipv4Prefix(new Ipv4Address(0x0A000000 | i << 8), 24));
        }
        PathAttributes attributes = PathAttributes.builder().nextHop(Ipv4Address.of("10.0.0.1")).build();
        List<byte[]> messages = MessageCodec.encodeUpdates(prefixes, attributes, prefixes, true);
        int announced = 0;
        int withdrawn = 0;
        for (byte[] message : messages) {
            assertTrue(message.length <= 4096);
            UpdateMessage update = (UpdateMessage) ((DecodeResult.Decoded) MessageCodec.decode(message, true)).message();
            announced += update.nlri().size();
            withdrawn += update.withdrawn().size();
        }
        assertEquals(2000, announced);
        assertEquals(2000, withdrawn);
    }

    @Test
    void notificationAndRouteRefreshRoundTrip() {
        NotificationMessage notification = NotificationMessage.of(2, 2, new byte[] {0, 100});
        assertEquals(notification, roundTrip(notification, true));
        assertEquals("2/2 (peer in wrong AS) 2 bytes 0064", notification.logText());
        assertEquals("4/0 (hold time expired) 0 bytes", NotificationMessage.of(4, 0).logText());
        assertEquals(23, MessageCodec.encode(RouteRefreshMessage.IPV4_UNICAST, true).length);
        assertEquals(RouteRefreshMessage.IPV4_UNICAST, roundTrip(RouteRefreshMessage.IPV4_UNICAST, true));
    }

    @Test
    void headerErrors() {
        byte[] keepalive = MessageCodec.encode(KeepaliveMessage.INSTANCE, true);
        byte[] badMarker = keepalive.clone();
        badMarker[3] = 0;
        assertEquals(NotificationMessage.of(1, 1), error(badMarker));
        byte[] shortLength = keepalive.clone();
        shortLength[17] = 18;
        assertEquals(NotificationMessage.of(1, 2, new byte[] {0, 18}), error(shortLength));
        byte[] badType = keepalive.clone();
        badType[18] = 9;
        assertEquals(NotificationMessage.of(1, 3, new byte[] {9}), error(badType));
        // A KEEPALIVE must be exactly 19 octets.
        byte[] longKeepalive = hex("ffffffffffffffffffffffffffffffff 0014 04 00");
        assertEquals(NotificationMessage.of(1, 2, new byte[] {0, 20}), error(longKeepalive));
    }

    @Test
    void openErrors() {
        byte[] open = MessageCodec.encode(OpenMessage.of(65000, 180, Ipv4Address.of("1.1.1.1")), true);
        byte[] version3 = open.clone();
        version3[19] = 3;
        assertEquals(NotificationMessage.of(2, 1, new byte[] {0, 4}), error(version3));
        byte[] hold2 = open.clone();
        hold2[22] = 0;
        hold2[23] = 2;
        assertEquals(NotificationMessage.of(2, 6), error(hold2));
        byte[] zeroId = open.clone();
        zeroId[24] = zeroId[25] = zeroId[26] = zeroId[27] = 0;
        assertEquals(2, error(zeroId).code());
        assertEquals(3, error(zeroId).subcode());
        byte[] badParameter = open.clone();
        badParameter[29] = 1; // optional parameter type 1 (authentication, deprecated)
        assertEquals(NotificationMessage.of(2, 4), error(badParameter));
    }

    @Test
    void updateErrors() {
        // Withdrawn length running past the message: malformed attribute list (3/1).
        assertEquals(NotificationMessage.of(3, 1), error(hex("ffffffffffffffffffffffffffffffff 0017 02 0010 0000")));
        // A prefix length of 33: invalid network field (3/10).
        assertEquals(NotificationMessage.of(3, 10),
                error(hex("ffffffffffffffffffffffffffffffff 001d 02 0000 0000 21 0a000000 00")));
        // An unknown well-known attribute (flags 0x40, type 99): 3/2 with the attribute as data.
        assertEquals(NotificationMessage.of(3, 2, hex("4063 00")),
                error(hex("ffffffffffffffffffffffffffffffff 001a 02 0000 0003 406300")));
        // A Total Attribute Length running past the message: 3/1 (the NLRI cannot be found).
        assertEquals(NotificationMessage.of(3, 1),
                error(hex("ffffffffffffffffffffffffffffffff 001a 02 0000 0009 400100")));
    }

    @Test
    void attributeLengthsInConflictWithTheTotalAttributeLengthWithdraw() {
        // RFC 7606 4: an attribute whose length runs past the attribute field, or fewer than three octets
        // left for the next one: treat-as-withdraw; the Total Attribute Length still locates the NLRI.
        UpdateMessage overrun = decodedUpdate(hex("ffffffffffffffffffffffffffffffff 001c 02 0000 0003 400105 080a"));
        assertNotNull(overrun.treatAsWithdraw());
        assertEquals(List.of(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 8)), overrun.nlri());
        UpdateMessage shortList = decodedUpdate(hex("ffffffffffffffffffffffffffffffff 001f 02 0000 0006 40010100 4002 080a"));
        assertNotNull(shortList.treatAsWithdraw());
        assertEquals(List.of(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 8)), shortList.nlri());
    }

    private static UpdateMessage decodedUpdate(byte[] bytes) {
        return (UpdateMessage) assertInstanceOf(DecodeResult.Decoded.class, MessageCodec.decode(bytes, true)).message();
    }

    @Test
    void attributeValueErrorsWithdrawTheRoutesAsRfc7606Says() {
        PathAttributes attributes = PathAttributes.builder().asPath(AsPath.sequence(65001))
                .nextHop(Ipv4Address.of("10.0.0.1")).build();
        byte[] bytes = MessageCodec.encode(new UpdateMessage(List.of(), attributes,
                List.of(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 8))), true);
        // ORIGIN value 7 (offset: header 19 + 2 + 2, then flags, type, length, value).
        byte[] badOrigin = bytes.clone();
        badOrigin[19 + 4 + 3] = 7;
        UpdateMessage update = (UpdateMessage) ((DecodeResult.Decoded) MessageCodec.decode(badOrigin, true)).message();
        assertNotNull(update.treatAsWithdraw());
        assertEquals(1, update.nlri().size());
        // NLRI without NEXT_HOP: a missing well-known attribute, treat-as-withdraw (RFC 7606 3 d).
        byte[] noNextHop = hex("ffffffffffffffffffffffffffffffff 0023 02 0000 000d 40010100 400206020100 00fde9 080a");
        noNextHop[17] = (byte) noNextHop.length;
        DecodeResult result = MessageCodec.decode(noNextHop, true);
        UpdateMessage missing = (UpdateMessage) assertInstanceOf(DecodeResult.Decoded.class, result).message();
        assertNotNull(missing.treatAsWithdraw());
    }

    @Test
    void framerCutsTheStreamByHeaderLength() {
        byte[] keepalive = MessageCodec.encode(KeepaliveMessage.INSTANCE, true);
        byte[] open = MessageCodec.encode(OpenMessage.of(65000, 180, Ipv4Address.of("1.1.1.1")), true);
        byte[] stream = new byte[open.length + keepalive.length];
        System.arraycopy(open, 0, stream, 0, open.length);
        System.arraycopy(keepalive, 0, stream, open.length, keepalive.length);
        MessageFramer framer = new MessageFramer();
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < stream.length; i += 7) {
            byte[] piece = java.util.Arrays.copyOfRange(stream, i, Math.min(stream.length, i + 7));
            assertNull(framer.accept(piece, messages::add));
        }
        assertEquals(2, messages.size());
        assertArrayEquals(open, messages.get(0));
        assertArrayEquals(keepalive, messages.get(1));
        byte[] garbage = new byte[19];
        assertEquals(NotificationMessage.of(1, 1), new MessageFramer().accept(garbage, messages::add));
    }

    /** Decoding never throws: every corruption of valid messages gives a message or a NOTIFICATION. */
    @Test
    void corruptedMessagesNeverThrow() {
        PathAttributes attributes = PathAttributes.builder().origin(Origin.EGP).asPath(AsPath.sequence(65001, 65002))
                .nextHop(Ipv4Address.of("10.0.12.2")).med(5).localPref(100).aggregator(65001, Ipv4Address.of("1.1.1.1"))
                .communities(new long[] {1, 2}).originatorId(Ipv4Address.of("3.3.3.3"))
                .clusterList(new Ipv4Address[] {Ipv4Address.of("4.4.4.4")}).build();
        List<byte[]> valid = List.of(
                MessageCodec.encode(OpenMessage.of(65000, 180, Ipv4Address.of("1.1.1.1")), true),
                MessageCodec.encode(new UpdateMessage(List.of(Ipv4Prefix.containing(Ipv4Address.of("10.9.0.0"), 16)),
                        attributes, List.of(Ipv4Prefix.containing(Ipv4Address.of("10.1.0.0"), 16))), true),
                MessageCodec.encode(NotificationMessage.of(6, 2), true),
                MessageCodec.encode(RouteRefreshMessage.IPV4_UNICAST, true));
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20000; round++) {
            byte[] bytes = valid.get(random.nextInt(valid.size())).clone();
            int flips = 1 + random.nextInt(3);
            for (int i = 0; i < flips; i++) {
                int at = 16 + random.nextInt(bytes.length - 16); // keep most markers intact
                bytes[at] = (byte) random.nextInt(256);
            }
            if (random.nextBoolean()) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(19, bytes.length - random.nextInt(8)));
                bytes[16] = (byte) (bytes.length >>> 8);
                bytes[17] = (byte) bytes.length;
            }
            for (boolean fourOctet : new boolean[] {true, false}) {
                assertNotNull(MessageCodec.decode(bytes, fourOctet));
            }
        }
    }
}
