package org.looplab.host.radius;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire format against RFC 2865's own example (section 7.1) and RFC 3579's Message-Authenticator. */
class RadiusPacketTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SECRET = "xyzzy5461".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REQUEST_AUTHENTICATOR = HEX.parseHex("0f403f9473978057bd83d5cb98f4227a");

    @Test
    void thePasswordIsHiddenAsRfc2865SevenOneShows() {
        // RFC 2865 7.1: user nemo, password arctangent, secret xyzzy5461.
        byte[] hidden = RadiusPacket.hidePassword("arctangent".getBytes(StandardCharsets.US_ASCII), SECRET, REQUEST_AUTHENTICATOR);
        assertEquals("0dbe708d93d413ce3196e43f782a0aee", HEX.formatHex(hidden));
    }

    @Test
    void theAccessAcceptOfRfc2865SevenOnePassesItsResponseAuthenticator() {
        byte[] accept = HEX.parseHex("0200002686fe220e7624ba2a1005f6bf9b55e0b2"
                + "060600000001" + "0f0600000000" + "0e06c0a80103");
        RadiusPacket reply = RadiusPacket.reply(accept, accept.length, 0, REQUEST_AUTHENTICATOR, SECRET);
        assertNotNull(reply);
        assertEquals(RadiusPacket.ACCESS_ACCEPT, reply.code());
        assertArrayEquals(new byte[] {0, 0, 0, 1}, reply.all(RadiusPacket.SERVICE_TYPE).get(0).value());
        assertNull(RadiusPacket.reply(accept, accept.length, 0, REQUEST_AUTHENTICATOR, "other".getBytes()),
                "another secret: dropped");
        assertNull(RadiusPacket.reply(accept, accept.length, 1, REQUEST_AUTHENTICATOR, SECRET), "another identifier");
        accept[accept.length - 1] ^= 1;
        assertNull(RadiusPacket.reply(accept, accept.length, 0, REQUEST_AUTHENTICATOR, SECRET), "a changed attribute");
    }

    @Test
    void anAccessRequestCarriesAMessageAuthenticatorOverTheWholePacket() {
        byte[] packet = RadiusPacket.accessRequest(7, REQUEST_AUTHENTICATOR, SECRET, "nemo", "arctangent",
                new RadiusPacket.Attributes().octets(RadiusPacket.NAS_IP_ADDRESS, new byte[] {(byte) 192, (byte) 168, 1, 16})
                        .integer(RadiusPacket.NAS_PORT, 3));
        RadiusPacket request = RadiusPacket.decode(packet, packet.length);
        assertEquals(RadiusPacket.ACCESS_REQUEST, request.code());
        assertEquals(7, request.identifier());
        assertEquals("nemo", request.all(RadiusPacket.USER_NAME).get(0).text());
        assertEquals("0dbe708d93d413ce3196e43f782a0aee", HEX.formatHex(request.all(RadiusPacket.USER_PASSWORD).get(0).value()));
        byte[] mac = request.all(RadiusPacket.MESSAGE_AUTHENTICATOR).get(0).value();
        byte[] zeroed = packet.clone();
        java.util.Arrays.fill(zeroed, packet.length - 16, packet.length, (byte) 0);
        assertArrayEquals(RadiusPacket.hmacMd5(SECRET, zeroed), mac, "RFC 3579 3.2: HMAC-MD5 with the field zeroed");
    }

    @Test
    void anAccountingRequestAuthenticatorIsTheMd5OfThePacketWithZerosAndTheSecret() {
        byte[] packet = RadiusPacket.accountingRequest(9, SECRET, new RadiusPacket.Attributes()
                .text(RadiusPacket.USER_NAME, "alice").integer(RadiusPacket.ACCT_STATUS_TYPE, RadiusPacket.STATUS_START));
        byte[] zeroed = packet.clone();
        java.util.Arrays.fill(zeroed, 4, 20, (byte) 0);
        assertArrayEquals(RadiusPacket.md5(zeroed, SECRET), java.util.Arrays.copyOfRange(packet, 4, 20));
    }

    @Test
    void truncatedOrOverlongPacketsAreDropped() {
        assertNull(RadiusPacket.decode(new byte[10], 10));
        byte[] bad = HEX.parseHex("0200001800000000000000000000000000000000" + "0105");
        assertNull(RadiusPacket.decode(bad, 20), "the length says more than arrived");
        byte[] badAttribute = HEX.parseHex("0200001600000000000000000000000000000000" + "0109");
        assertNull(RadiusPacket.decode(badAttribute, badAttribute.length), "an attribute past the end");
    }

    @Test
    void theCiscoPrivilegeComesFromShellPrivLvl() {
        byte[] text = "shell:priv-lvl=15".getBytes(StandardCharsets.US_ASCII);
        byte[] vsa = new byte[6 + text.length];
        vsa[3] = 9;
        vsa[4] = 1;
        vsa[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, vsa, 6, text.length);
        byte[] packet = RadiusPacket.accountingRequest(1, SECRET, new RadiusPacket.Attributes().octets(RadiusPacket.VENDOR_SPECIFIC, vsa));
        RadiusPacket decoded = RadiusPacket.decode(packet, packet.length);
        assertEquals(List.of("shell:priv-lvl=15"), decoded.ciscoAvPairs());
        assertEquals(15, RadiusClient.privilege(decoded));
    }
}
