package org.looplab.bgp.message;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.bgp.attr.AsPath;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * BGP-4 messages to and from the bytes of the wire (RFC 4271 4, RFC 5492, RFC 6793, RFC 2918, RFC 4456,
 * RFC 1997). Decoding never throws: a malformed message gives the NOTIFICATION of RFC 4271 6, softened
 * as RFC 7606 says (an attribute error that only spoils the routes of that UPDATE withdraws them:
 * "treat-as-withdraw"; a broken optional attribute of no consequence is dropped: "attribute discard").
 *
 * <p>{@code fourOctetAs} is true when both speakers announced the four-octet AS capability (RFC 6793):
 * AS_PATH and AGGREGATOR then carry four-octet numbers; otherwise two-octet ones with AS4_PATH and
 * AS4_AGGREGATOR beside them.
 */
public final class MessageCodec {
    public static final int ORIGIN = 1;
    public static final int AS_PATH = 2;
    public static final int NEXT_HOP = 3;
    public static final int MULTI_EXIT_DISC = 4;
    public static final int LOCAL_PREF = 5;
    public static final int ATOMIC_AGGREGATE = 6;
    public static final int AGGREGATOR = 7;
    public static final int COMMUNITIES = 8;
    public static final int ORIGINATOR_ID = 9;
    public static final int CLUSTER_LIST = 10;
    public static final int AS4_PATH = 17;
    public static final int AS4_AGGREGATOR = 18;

    static final int OPTIONAL = 0x80;
    static final int TRANSITIVE = 0x40;
    static final int PARTIAL = 0x20;
    static final int EXTENDED_LENGTH = 0x10;
    /** OPEN optional parameter type for capabilities (RFC 5492 4). */
    static final int PARAMETER_CAPABILITIES = 2;

    private MessageCodec() {
    }

    // ---- encoding ----

    /** The whole message, header included. */
    public static byte[] encode(BgpMessage message, boolean fourOctetAs) {
        Writer body = new Writer();
        if (message instanceof OpenMessage open) {
            encodeOpen(open, body);
        } else if (message instanceof UpdateMessage update) {
            encodeUpdate(update, fourOctetAs, body);
        } else if (message instanceof NotificationMessage notification) {
            body.u8(notification.code());
            body.u8(notification.subcode());
            body.bytes(notification.data());
        } else if (message instanceof RouteRefreshMessage refresh) {
            body.u16(refresh.afi());
            body.u8(0);
            body.u8(refresh.safi());
        } // a KEEPALIVE is the header alone
        byte[] payload = body.toByteArray();
        Writer whole = new Writer();
        for (int i = 0; i < 16; i++) {
            whole.u8(0xFF);
        }
        whole.u16(BgpMessage.HEADER_LENGTH + payload.length);
        whole.u8(message.type());
        whole.bytes(payload);
        byte[] bytes = whole.toByteArray();
        if (bytes.length > BgpMessage.MAX_LENGTH) {
            throw new IllegalArgumentException("message of " + bytes.length + " octets exceeds 4096");
        }
        return bytes;
    }

    private static void encodeOpen(OpenMessage open, Writer out) {
        out.u8(open.version());
        out.u16(open.myAutonomousSystem());
        out.u16(open.holdTime());
        out.u32(open.bgpIdentifier().bits());
        Writer capabilities = new Writer();
        for (Capability capability : open.capabilities()) {
            capabilities.u8(capability.code());
            if (capability instanceof Capability.Multiprotocol mp) {
                capabilities.u8(4);
                capabilities.u16(mp.afi());
                capabilities.u8(0);
                capabilities.u8(mp.safi());
            } else if (capability instanceof Capability.RouteRefresh) {
                capabilities.u8(0);
            } else if (capability instanceof Capability.FourOctetAs four) {
                capabilities.u8(4);
                capabilities.u32((int) four.asNumber());
            } else if (capability instanceof Capability.Other other) {
                capabilities.u8(other.value().length);
                capabilities.bytes(other.value());
            }
        }
        byte[] params = capabilities.toByteArray();
        if (params.length == 0) {
            out.u8(0);
            return;
        }
        out.u8(params.length + 2);
        out.u8(PARAMETER_CAPABILITIES);
        out.u8(params.length);
        out.bytes(params);
    }

    private static void encodeUpdate(UpdateMessage update, boolean fourOctetAs, Writer out) {
        Writer withdrawn = new Writer();
        for (Ipv4Prefix prefix : update.withdrawn()) {
            writePrefix(prefix, withdrawn);
        }
        out.u16(withdrawn.size());
        out.bytes(withdrawn.toByteArray());
        byte[] attributes = update.attributes() == null ? new byte[0] : encodeAttributes(update.attributes(), fourOctetAs);
        out.u16(attributes.length);
        out.bytes(attributes);
        for (Ipv4Prefix prefix : update.nlri()) {
            writePrefix(prefix, out);
        }
    }

    /** The path attributes field of an UPDATE for this set (weight is local and never sent). */
    public static byte[] encodeAttributes(PathAttributes a, boolean fourOctetAs) {
        Writer out = new Writer();
        attribute(out, TRANSITIVE, ORIGIN, new byte[] {(byte) a.origin().ordinal()});
        AsPath path = a.asPath();
        boolean needAs4 = !fourOctetAs && path.hasFourOctetAs();
        attribute(out, TRANSITIVE, AS_PATH, asPathBytes(needAs4 ? path.withAsTrans() : path, fourOctetAs));
        if (a.nextHopBits() != 0) {
            attribute(out, TRANSITIVE, NEXT_HOP, new Writer().u32(a.nextHopBits()).toByteArray());
        }
        if (a.hasMed()) {
            attribute(out, OPTIONAL, MULTI_EXIT_DISC, new Writer().u32((int) a.med()).toByteArray());
        }
        if (a.hasLocalPref()) {
            attribute(out, TRANSITIVE, LOCAL_PREF, new Writer().u32((int) a.localPref()).toByteArray());
        }
        if (a.atomicAggregate()) {
            attribute(out, TRANSITIVE, ATOMIC_AGGREGATE, new byte[0]);
        }
        boolean needAs4Aggregator = false;
        if (a.hasAggregator()) {
            Writer aggregator = new Writer();
            if (fourOctetAs) {
                aggregator.u32((int) a.aggregatorAs());
            } else {
                needAs4Aggregator = a.aggregatorAs() > 0xFFFF;
                aggregator.u16(needAs4Aggregator ? AsNumber.AS_TRANS : (int) a.aggregatorAs());
            }
            aggregator.u32(a.aggregatorAddress().bits());
            attribute(out, OPTIONAL | TRANSITIVE, AGGREGATOR, aggregator.toByteArray());
        }
        if (a.hasCommunities()) {
            Writer communities = new Writer();
            for (long value : a.communities()) {
                communities.u32((int) value);
            }
            attribute(out, OPTIONAL | TRANSITIVE, COMMUNITIES, communities.toByteArray());
        }
        if (a.hasOriginatorId()) {
            attribute(out, OPTIONAL, ORIGINATOR_ID, new Writer().u32(a.originatorId().bits()).toByteArray());
        }
        if (a.hasClusterList()) {
            Writer clusters = new Writer();
            for (Ipv4Address id : a.clusterList()) {
                clusters.u32(id.bits());
            }
            attribute(out, OPTIONAL, CLUSTER_LIST, clusters.toByteArray());
        }
        if (needAs4) {
            attribute(out, OPTIONAL | TRANSITIVE, AS4_PATH, asPathBytes(path, true));
        }
        if (needAs4Aggregator) {
            attribute(out, OPTIONAL | TRANSITIVE, AS4_AGGREGATOR,
                    new Writer().u32((int) a.aggregatorAs()).u32(a.aggregatorAddress().bits()).toByteArray());
        }
        byte[] unknown = a.unknownTransitive();
        if (unknown != null) {
            out.bytes(unknown);
        }
        return out.toByteArray();
    }

    private static byte[] asPathBytes(AsPath path, boolean fourOctet) {
        Writer out = new Writer();
        int[] data = path.segments();
        for (int i = 0; i < data.length; i += 2 + data[i + 1]) {
            out.u8(data[i]);
            out.u8(data[i + 1]);
            for (int k = 0; k < data[i + 1]; k++) {
                if (fourOctet) {
                    out.u32(data[i + 2 + k]);
                } else {
                    out.u16(data[i + 2 + k]);
                }
            }
        }
        return out.toByteArray();
    }

    private static void attribute(Writer out, int flags, int type, byte[] value) {
        boolean extended = value.length > 255;
        out.u8(flags | (extended ? EXTENDED_LENGTH : 0));
        out.u8(type);
        if (extended) {
            out.u16(value.length);
        } else {
            out.u8(value.length);
        }
        out.bytes(value);
    }

    private static void writePrefix(Ipv4Prefix prefix, Writer out) {
        out.u8(prefix.length());
        int octets = (prefix.length() + 7) / 8;
        int bits = prefix.network().bits();
        for (int i = 0; i < octets; i++) {
            out.u8(bits >>> (24 - 8 * i));
        }
    }

    /** Octets a prefix takes in withdrawn routes or NLRI. */
    public static int prefixLength(Ipv4Prefix prefix) {
        return 1 + (prefix.length() + 7) / 8;
    }

    /**
     * UPDATEs carrying these withdrawals and these prefixes with one attribute set, each within 4096
     * octets ({@code attributes} null when {@code nlri} is empty).
     */
    public static List<byte[]> encodeUpdates(List<Ipv4Prefix> withdrawn, PathAttributes attributes,
                                             List<Ipv4Prefix> nlri, boolean fourOctetAs) {
        List<byte[]> messages = new ArrayList<>();
        int room = BgpMessage.MAX_LENGTH - BgpMessage.HEADER_LENGTH - 4;
        List<Ipv4Prefix> batch = new ArrayList<>();
        int used = 0;
        for (Ipv4Prefix prefix : withdrawn) {
            if (used + prefixLength(prefix) > room) {
                messages.add(encode(new UpdateMessage(batch, null, List.of()), fourOctetAs));
                batch.clear();
                used = 0;
            }
            batch.add(prefix);
            used += prefixLength(prefix);
        }
        if (!batch.isEmpty()) {
            messages.add(encode(new UpdateMessage(batch, null, List.of()), fourOctetAs));
        }
        if (nlri.isEmpty()) {
            return messages;
        }
        int attributeBytes = encodeAttributes(attributes, fourOctetAs).length;
        batch = new ArrayList<>();
        used = 0;
        for (Ipv4Prefix prefix : nlri) {
            if (used + prefixLength(prefix) > room - attributeBytes) {
                messages.add(encode(new UpdateMessage(List.of(), attributes, batch), fourOctetAs));
                batch.clear();
                used = 0;
            }
            batch.add(prefix);
            used += prefixLength(prefix);
        }
        messages.add(encode(new UpdateMessage(List.of(), attributes, batch), fourOctetAs));
        return messages;
    }

    // ---- decoding ----

    /**
     * Checks a message header (RFC 4271 6.1): returns the message's length, or the NOTIFICATION for a bad
     * marker or length. {@code header} holds at least 19 octets.
     */
    public static Object checkHeader(byte[] header, int offset) {
        for (int i = 0; i < 16; i++) {
            if (header[offset + i] != (byte) 0xFF) {
                return NotificationMessage.of(NotificationMessage.MESSAGE_HEADER_ERROR,
                        NotificationMessage.CONNECTION_NOT_SYNCHRONIZED);
            }
        }
        int length = ((header[offset + 16] & 0xFF) << 8) | (header[offset + 17] & 0xFF);
        if (length < BgpMessage.HEADER_LENGTH || length > BgpMessage.MAX_LENGTH) {
            return badLength(length);
        }
        return length;
    }

    private static NotificationMessage badLength(int length) {
        return NotificationMessage.of(NotificationMessage.MESSAGE_HEADER_ERROR, NotificationMessage.BAD_MESSAGE_LENGTH,
                new byte[] {(byte) (length >>> 8), (byte) length});
    }

    /** Decodes one whole message (header included). */
    public static DecodeResult decode(byte[] bytes, boolean fourOctetAs) {
        if (bytes.length < BgpMessage.HEADER_LENGTH) {
            return new DecodeResult.Error(badLength(bytes.length));
        }
        Object header = checkHeader(bytes, 0);
        if (header instanceof NotificationMessage error) {
            return new DecodeResult.Error(error);
        }
        int length = (Integer) header;
        if (length != bytes.length) {
            return new DecodeResult.Error(badLength(length));
        }
        int type = bytes[18] & 0xFF;
        Reader in = new Reader(bytes, BgpMessage.HEADER_LENGTH, length);
        try {
            BgpMessage message = switch (type) {
                case BgpMessage.OPEN -> {
                    if (length < 29) {
                        throw new Failure(badLength(length));
                    }
                    yield decodeOpen(in);
                }
                case BgpMessage.UPDATE -> {
                    if (length < 23) {
                        throw new Failure(badLength(length));
                    }
                    yield decodeUpdate(in, fourOctetAs);
                }
                case BgpMessage.NOTIFICATION -> {
                    if (length < 21) {
                        throw new Failure(badLength(length));
                    }
                    int code = in.u8();
                    int subcode = in.u8();
                    yield new NotificationMessage(code, subcode, in.rest());
                }
                case BgpMessage.KEEPALIVE -> {
                    if (length != BgpMessage.HEADER_LENGTH) {
                        throw new Failure(badLength(length));
                    }
                    yield KeepaliveMessage.INSTANCE;
                }
                case BgpMessage.ROUTE_REFRESH -> {
                    if (length != 23) {
                        throw new Failure(badLength(length));
                    }
                    int afi = in.u16();
                    in.u8();
                    yield new RouteRefreshMessage(afi, in.u8());
                }
                default -> throw new Failure(NotificationMessage.of(NotificationMessage.MESSAGE_HEADER_ERROR,
                        NotificationMessage.BAD_MESSAGE_TYPE, new byte[] {(byte) type}));
            };
            return new DecodeResult.Decoded(message);
        } catch (Failure failure) {
            return new DecodeResult.Error(failure.notification);
        }
    }

    private static OpenMessage decodeOpen(Reader in) {
        int version = in.u8();
        if (version != OpenMessage.VERSION) {
            // RFC 4271 6.2: the data is the largest version we support, two octets.
            throw new Failure(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                    NotificationMessage.UNSUPPORTED_VERSION_NUMBER, new byte[] {0, OpenMessage.VERSION}));
        }
        int myAs = in.u16();
        int holdTime = in.u16();
        Ipv4Address identifier = new Ipv4Address(in.u32());
        int parametersLength = in.u8();
        if (parametersLength != in.remaining()) {
            throw new Failure(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, 0));
        }
        List<Capability> capabilities = new ArrayList<>();
        while (in.remaining() > 0) {
            int parameterType = in.u8();
            int parameterLength = in.u8();
            Reader parameter = in.sub(parameterLength, NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, 0));
            if (parameterType != PARAMETER_CAPABILITIES) {
                throw new Failure(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                        NotificationMessage.UNSUPPORTED_OPTIONAL_PARAMETER));
            }
            while (parameter.remaining() > 0) {
                int code = parameter.u8();
                int capabilityLength = parameter.u8();
                Reader value = parameter.sub(capabilityLength,
                        NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, 0));
                capabilities.add(switch (code) {
                    case Capability.MULTIPROTOCOL -> {
                        if (capabilityLength != 4) {
                            yield new Capability.Other(code, value.rest());
                        }
                        int afi = value.u16();
                        value.u8();
                        yield new Capability.Multiprotocol(afi, value.u8());
                    }
                    case Capability.ROUTE_REFRESH -> capabilityLength == 0 ? new Capability.RouteRefresh()
                            : new Capability.Other(code, value.rest());
                    case Capability.FOUR_OCTET_AS -> capabilityLength == 4
                            ? new Capability.FourOctetAs(Integer.toUnsignedLong(value.u32()))
                            : new Capability.Other(code, value.rest());
                    default -> new Capability.Other(code, value.rest());
                });
            }
        }
        // RFC 4271 6.2: a hold time of one or two seconds is refused.
        if (holdTime == 1 || holdTime == 2) {
            throw new Failure(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                    NotificationMessage.UNACCEPTABLE_HOLD_TIME));
        }
        // RFC 4271 6.2 / RFC 6286: the identifier must be a non-zero value.
        if (identifier.bits() == 0) {
            throw new Failure(NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                    NotificationMessage.BAD_BGP_IDENTIFIER, new Writer().u32(0).toByteArray()));
        }
        return new OpenMessage(version, myAs, holdTime, identifier, capabilities);
    }

    private static UpdateMessage decodeUpdate(Reader in, boolean fourOctetAs) {
        NotificationMessage malformed = NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR,
                NotificationMessage.MALFORMED_ATTRIBUTE_LIST);
        int withdrawnLength = in.u16();
        Reader withdrawnField = in.sub(withdrawnLength, malformed);
        List<Ipv4Prefix> withdrawn = readPrefixes(withdrawnField);
        int attributesLength = in.u16();
        Reader attributesField = in.sub(attributesLength, malformed);
        List<Ipv4Prefix> nlri = readPrefixes(in);
        if (attributesLength == 0) {
            if (!nlri.isEmpty()) {
                // RFC 7606 3 d: NLRI with no attributes at all is a missing well-known attribute.
                return new UpdateMessage(withdrawn, null, nlri, "missing ORIGIN, AS_PATH, NEXT_HOP");
            }
            return new UpdateMessage(withdrawn, null, List.of());
        }
        AttributeDecoding attributes = decodeAttributes(attributesField, fourOctetAs, !nlri.isEmpty());
        if (attributes.withdrawReason != null) {
            return new UpdateMessage(withdrawn, null, nlri, attributes.withdrawReason);
        }
        return new UpdateMessage(withdrawn, nlri.isEmpty() ? null : attributes.attributes, nlri);
    }

    private record AttributeDecoding(PathAttributes attributes, String withdrawReason) {
    }

    private static AttributeDecoding decodeAttributes(Reader in, boolean fourOctetAs, boolean hasNlri) {
        PathAttributes.Builder b = PathAttributes.builder();
        boolean[] seen = new boolean[256];
        String withdraw = null;
        AsPath as4Path = null;
        long as4AggregatorAs = -1;
        Ipv4Address as4AggregatorAddress = null;
        ByteArrayOutputStream unknown = null;
        while (in.remaining() > 0) {
            // RFC 7606 4: too few octets left for an attribute header, or an attribute running past the
            // Total Attribute Length: treat-as-withdraw. That length still locates the NLRI, so the
            // session stays (RFC 4271 6.3's Malformed Attribute List is kept for lengths that overrun the
            // message, in decodeUpdate).
            if (in.remaining() < 3 || ((in.peek() & EXTENDED_LENGTH) != 0 && in.remaining() < 4)) {
                withdraw = withdraw != null ? withdraw : "attribute list runs short";
                break;
            }
            int start = in.position();
            int flags = in.u8();
            int type = in.u8();
            int length = (flags & EXTENDED_LENGTH) != 0 ? in.u16() : in.u8();
            if (length > in.remaining()) {
                withdraw = withdraw != null ? withdraw : "attribute length runs past the attribute field";
                break;
            }
            Reader value = in.sub(length, NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR,
                    NotificationMessage.MALFORMED_ATTRIBUTE_LIST));
            if (seen[type] && type != 0) {
                // RFC 7606 3 g: repeats of an attribute are discarded (MP_REACH/UNREACH aside).
                continue;
            }
            seen[type] = true;
            String problem = null;
            switch (type) {
                case ORIGIN -> {
                    if (length != 1 || !wellKnownFlags(flags)) {
                        problem = "ORIGIN length or flags";
                    } else {
                        int origin = value.u8();
                        if (origin > 2) {
                            problem = "invalid ORIGIN " + origin;
                        } else {
                            b.origin(Origin.values()[origin]);
                        }
                    }
                }
                case AS_PATH -> {
                    AsPath path = wellKnownFlags(flags) ? readAsPath(value, fourOctetAs) : null;
                    if (path == null) {
                        problem = "malformed AS_PATH";
                    } else {
                        b.asPath(path);
                    }
                }
                case NEXT_HOP -> {
                    if (length != 4 || !wellKnownFlags(flags)) {
                        problem = "NEXT_HOP length or flags";
                    } else {
                        int nextHop = value.u32();
                        Ipv4Address address = new Ipv4Address(nextHop);
                        if (nextHop == 0 || address.isMulticast() || address.isReserved() || address.isLoopback()) {
                            problem = "invalid NEXT_HOP " + address;
                        } else {
                            b.nextHop(address);
                        }
                    }
                }
                case MULTI_EXIT_DISC -> {
                    if (length != 4) {
                        problem = "MED length";
                    } else {
                        b.med(Integer.toUnsignedLong(value.u32()));
                    }
                }
                case LOCAL_PREF -> {
                    if (length != 4) {
                        problem = "LOCAL_PREF length";
                    } else {
                        b.localPref(Integer.toUnsignedLong(value.u32()));
                    }
                }
                case ATOMIC_AGGREGATE -> {
                    // RFC 7606 7.6: a bad one is discarded.
                    if (length == 0) {
                        b.atomicAggregate(true);
                    }
                }
                case AGGREGATOR -> {
                    // RFC 7606 7.7: a bad one is discarded.
                    if (length == (fourOctetAs ? 8 : 6)) {
                        long as = fourOctetAs ? Integer.toUnsignedLong(value.u32()) : value.u16();
                        b.aggregator(as, new Ipv4Address(value.u32()));
                    }
                }
                case COMMUNITIES -> {
                    if (length % 4 != 0) {
                        problem = "COMMUNITIES length";
                    } else {
                        long[] values = new long[length / 4];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = Integer.toUnsignedLong(value.u32());
                        }
                        b.communities(values);
                    }
                }
                case ORIGINATOR_ID -> {
                    if (length != 4) {
                        problem = "ORIGINATOR_ID length";
                    } else {
                        b.originatorId(new Ipv4Address(value.u32()));
                    }
                }
                case CLUSTER_LIST -> {
                    if (length % 4 != 0) {
                        problem = "CLUSTER_LIST length";
                    } else {
                        Ipv4Address[] ids = new Ipv4Address[length / 4];
                        for (int i = 0; i < ids.length; i++) {
                            ids[i] = new Ipv4Address(value.u32());
                        }
                        b.clusterList(ids);
                    }
                }
                case AS4_PATH -> {
                    // RFC 6793 6: a malformed AS4_PATH is discarded; a four-octet session ignores it.
                    if (!fourOctetAs) {
                        as4Path = readAsPath(value, true);
                    }
                }
                case AS4_AGGREGATOR -> {
                    if (!fourOctetAs && length == 8) {
                        as4AggregatorAs = Integer.toUnsignedLong(value.u32());
                        as4AggregatorAddress = new Ipv4Address(value.u32());
                    }
                }
                default -> {
                    if ((flags & OPTIONAL) == 0) {
                        // RFC 4271 6.3: an unrecognized well-known attribute; data is the attribute.
                        throw new Failure(NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR,
                                NotificationMessage.UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE, in.slice(start, in.position())));
                    }
                    if ((flags & TRANSITIVE) != 0) {
                        // Passed on with the Partial bit set (RFC 4271 5).
                        if (unknown == null) {
                            unknown = new ByteArrayOutputStream();
                        }
                        byte[] raw = in.slice(start, in.position());
                        raw[0] |= PARTIAL;
                        unknown.writeBytes(raw);
                    }
                }
            }
            if (problem != null && withdraw == null) {
                withdraw = problem; // RFC 7606 7: treat-as-withdraw
            }
        }
        if (hasNlri && withdraw == null && (!seen[ORIGIN] || !seen[AS_PATH] || !seen[NEXT_HOP])) {
            withdraw = "missing well-known attribute"; // RFC 7606 3 d
        }
        if (as4Path != null) {
            b.asPath(b.asPath().mergeAs4(as4Path));
        }
        if (as4AggregatorAs >= 0) {
            b.aggregator(as4AggregatorAs, as4AggregatorAddress);
        }
        if (unknown != null) {
            b.unknownTransitive(unknown.toByteArray());
        }
        return new AttributeDecoding(withdraw == null ? b.build() : null, withdraw);
    }

    private static boolean wellKnownFlags(int flags) {
        return (flags & (OPTIONAL | TRANSITIVE)) == TRANSITIVE;
    }

    /** The AS_PATH value, or null when its segments do not add up (RFC 7606 7.2). */
    private static AsPath readAsPath(Reader value, boolean fourOctet) {
        int[] data = new int[value.remaining()];
        int n = 0;
        int size = fourOctet ? 4 : 2;
        while (value.remaining() > 0) {
            if (value.remaining() < 2) {
                return null;
            }
            int type = value.u8();
            int count = value.u8();
            if (count == 0 || value.remaining() < count * size) {
                return null;
            }
            data[n++] = type;
            data[n++] = count;
            for (int k = 0; k < count; k++) {
                data[n++] = fourOctet ? value.u32() : value.u16();
            }
        }
        return AsPath.ofSegments(Arrays.copyOf(data, n));
    }

    private static List<Ipv4Prefix> readPrefixes(Reader in) {
        List<Ipv4Prefix> prefixes = new ArrayList<>();
        NotificationMessage invalid = NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR,
                NotificationMessage.INVALID_NETWORK_FIELD);
        while (in.remaining() > 0) {
            int length = in.u8();
            if (length > 32) {
                throw new Failure(invalid);
            }
            int octets = (length + 7) / 8;
            if (in.remaining() < octets) {
                throw new Failure(invalid);
            }
            int bits = 0;
            for (int i = 0; i < octets; i++) {
                bits |= in.u8() << (24 - 8 * i);
            }
            // Trailing bits beyond the length are ignored (RFC 4271 4.3 lets them be anything).
            prefixes.add(Ipv4Prefix.containing(new Ipv4Address(bits), length));
        }
        return prefixes;
    }

    /** A decoding error that ends the session with this NOTIFICATION. */
    private static final class Failure extends RuntimeException {
        final NotificationMessage notification;

        Failure(NotificationMessage notification) {
            super(null, null, false, false);
            this.notification = notification;
        }
    }

    /** Big-endian reads within [position, limit); reading past the limit fails with a malformed error. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;
        private final int limit;

        Reader(byte[] bytes, int position, int limit) {
            this.bytes = bytes;
            this.position = position;
            this.limit = limit;
        }

        int remaining() {
            return limit - position;
        }

        int position() {
            return position;
        }

        private void need(int count) {
            if (remaining() < count) {
                throw new Failure(NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR,
                        NotificationMessage.MALFORMED_ATTRIBUTE_LIST));
            }
        }

        /** The next octet, not consumed. */
        int peek() {
            need(1);
            return bytes[position] & 0xFF;
        }

        int u8() {
            need(1);
            return bytes[position++] & 0xFF;
        }

        int u16() {
            need(2);
            int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
            position += 2;
            return value;
        }

        int u32() {
            need(4);
            int value = ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                    | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
            position += 4;
            return value;
        }

        byte[] rest() {
            byte[] rest = Arrays.copyOfRange(bytes, position, limit);
            position = limit;
            return rest;
        }

        byte[] slice(int from, int to) {
            return Arrays.copyOfRange(bytes, from, to);
        }

        /** The next {@code length} octets as their own reader; {@code overrun} when they are not there. */
        Reader sub(int length, NotificationMessage overrun) {
            if (remaining() < length) {
                throw new Failure(overrun);
            }
            Reader sub = new Reader(bytes, position, position + length);
            position += length;
            return sub;
        }
    }

    /** Big-endian writes. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

        Writer u8(int value) {
            out.write(value);
            return this;
        }

        Writer u16(int value) {
            out.write(value >>> 8);
            out.write(value);
            return this;
        }

        Writer u32(int value) {
            out.write(value >>> 24);
            out.write(value >>> 16);
            out.write(value >>> 8);
            out.write(value);
            return this;
        }

        Writer bytes(byte[] value) {
            out.writeBytes(value);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
