package org.looplab.bgp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.bgp.message.MessageCodec;
import org.looplab.net.Ipv4Prefix;

/**
 * Advertisement runs: a neighbor's waiting Loc-RIB entries become UPDATEs, the prefixes grouped by the
 * attributes they go with ({@link OutboundPolicy}), withdrawals first, within the MRAI of
 * {@link AdjRibOut}, written to TCP in one go.
 */
final class UpdateSender {
    private final BgpSpeaker speaker;
    /** UPDATEs encoded in the current virtual instant, by content (see {@link #encodeUpdates}). */
    private Map<List<Object>, List<byte[]>> encoded = new HashMap<>();
    private long encodedAt = -1;

    UpdateSender(BgpSpeaker speaker) {
        this.speaker = speaker;
    }


    /** Schedules the neighbor's next advertisement run: now, or when its MRAI has passed since the last. */
    void schedule(BgpNeighbor neighbor) {
        AdjRibOut out = neighbor.adjRibOut;
        if (out.flushEvent != null) {
            return;
        }
        int mrai = neighbor.isInternal() ? AdjRibOut.MRAI_INTERNAL_SECONDS : AdjRibOut.MRAI_EXTERNAL_SECONDS;
        long due = out.lastFlushNanos + mrai * BgpSpeaker.SECOND;
        out.flushEvent = speaker.kernel().schedule(Math.max(0, due - speaker.now()), () -> {
            out.flushEvent = null;
            flush(neighbor);
        });
    }

    /**
     * The UPDATEs for one group of prefixes, encoded once per virtual instant however many neighbors get
     * the same ones (a route reflector sends the same UPDATE to all its clients, as IOS's update groups).
     */
    private List<byte[]> encodeUpdates(List<Ipv4Prefix> withdraw, PathAttributes attributes, List<Ipv4Prefix> nlri,
                                       boolean fourOctet) {
        if (encodedAt != speaker.now() || encoded.size() > 256) {
            encoded = encoded.isEmpty() ? encoded : new HashMap<>(); // clear() would walk the whole table
            encodedAt = speaker.now();
        }
        List<Object> key = java.util.Arrays.asList(withdraw, attributes, nlri, fourOctet);
        return encoded.computeIfAbsent(key, k -> MessageCodec.encodeUpdates(withdraw, attributes, nlri, fourOctet));
    }

    /** One advertisement run: the waiting prefixes, grouped by the attributes they go with. */
    private void flush(BgpNeighbor neighbor) {
        AdjRibOut out = neighbor.adjRibOut;
        if (!neighbor.isEstablished() || out.pending.isEmpty()) {
            out.pending.clear();
            return;
        }
        out.lastFlushNanos = speaker.now();
        Map<PathAttributes, List<Ipv4Prefix>> announce = new LinkedHashMap<>();
        List<Ipv4Prefix> withdraw = new ArrayList<>();
        List<LocRibEntry> done = new ArrayList<>(out.pending);
        out.pending.clear();
        for (LocRibEntry entry : done) {
            PathAttributes attributes = speaker.outbound().export(entry, neighbor);
            boolean was = entry.isAdvertisedTo(out.index);
            if (attributes == null) {
                if (was) {
                    withdraw.add(entry.prefix);
                    entry.setAdvertisedTo(out.index, false);
                    out.advertised--;
                    out.withdrawn++;
                }
            } else {
                announce.computeIfAbsent(attributes, a -> new ArrayList<>()).add(entry.prefix);
                if (!was) {
                    entry.setAdvertisedTo(out.index, true);
                    out.advertised++;
                }
                out.totalAdvertised++;
            }
        }
        boolean fourOctet = neighbor.fsm.fourOctetAs();
        List<byte[]> messages = new ArrayList<>();
        if (!withdraw.isEmpty()) {
            messages.addAll(encodeUpdates(withdraw, null, List.of(), fourOctet));
        }
        for (Map.Entry<PathAttributes, List<Ipv4Prefix>> each : announce.entrySet()) {
            messages.addAll(encodeUpdates(List.of(), each.getKey(), each.getValue(), fourOctet));
        }
        neighbor.fsm.sendUpdates(messages);
        neighbor.tableVersionSent = speaker.tableVersionNow();
        for (LocRibEntry entry : done) {
            speaker.entrySent(entry);
        }
    }
}
