package org.looplab.cli.show.bgp;

/** Segments and payload bytes a connection received and sent ({@code Datagrams} lines of {@code show tcp}). */
public record TcpCountersView(long segmentsReceived, long outOfOrder, long receivedWithData, long receivedDataBytes,
        long segmentsSent, long retransmitted, long sentWithData, long sentDataBytes) {
}
