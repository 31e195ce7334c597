package org.looplab.acl;

/**
 * One line of an access list: a rule with its sequence number and match counter, or a {@code remark}.
 * Standard rules look at the source only; extended rules at protocol, both addresses, ports, ICMP type
 * and TCP flags ({@code established}: ACK or RST set).
 */
public final class AclEntry {
    private final int sequence;
    private final String remark;
    private final boolean permit;
    private final boolean extended;
    private final int protocol;
    private final AddressMatch source;
    private final PortMatch sourcePort;
    private final AddressMatch destination;
    private final PortMatch destinationPort;
    private final IcmpMatch icmp;
    private final boolean established;
    private final boolean log;
    private long matches;

    private AclEntry(int sequence, String remark, boolean permit, boolean extended, int protocol, AddressMatch source,
                     PortMatch sourcePort, AddressMatch destination, PortMatch destinationPort, IcmpMatch icmp,
                     boolean established, boolean log) {
        this.sequence = sequence;
        this.remark = remark;
        this.permit = permit;
        this.extended = extended;
        this.protocol = protocol;
        this.source = source;
        this.sourcePort = sourcePort;
        this.destination = destination;
        this.destinationPort = destinationPort;
        this.icmp = icmp;
        this.established = established;
        this.log = log;
    }

    public static AclEntry standard(int sequence, boolean permit, AddressMatch source, boolean log) {
        return new AclEntry(sequence, null, permit, false, AclProtocol.IP, source, null, AddressMatch.ANY, null, null,
                false, log);
    }

    public static AclEntry extended(int sequence, boolean permit, int protocol, AddressMatch source, PortMatch sourcePort,
                                    AddressMatch destination, PortMatch destinationPort, IcmpMatch icmp,
                                    boolean established, boolean log) {
        return new AclEntry(sequence, null, permit, true, protocol, source, sourcePort, destination, destinationPort,
                icmp, established, log);
    }

    public static AclEntry remark(String text) {
        return new AclEntry(0, text, false, false, 0, null, null, null, null, null, false, false);
    }

    /** The same rule under another sequence number (a rule typed without one takes the next free number). */
    AclEntry withSequence(int newSequence) {
        return new AclEntry(newSequence, remark, permit, extended, protocol, source, sourcePort, destination,
                destinationPort, icmp, established, log);
    }

    public boolean isRemark() {
        return remark != null;
    }

    public String remarkText() {
        return remark;
    }

    public int sequence() {
        return sequence;
    }

    public boolean permits() {
        return permit;
    }

    public boolean logs() {
        return log;
    }

    public long matches() {
        return matches;
    }

    void countMatch() {
        matches++;
    }

    void clearCounter() {
        matches = 0;
    }

    public boolean matches(PacketFields packet) {
        if (isRemark() || !source.matches(packet.source())) {
            return false;
        }
        if (!extended) {
            return true;
        }
        if (protocol != AclProtocol.IP && protocol != packet.protocol()) {
            return false;
        }
        if (!destination.matches(packet.destination())) {
            return false;
        }
        if (sourcePort != null && (packet.sourcePort() < 0 || !sourcePort.matches(packet.sourcePort()))) {
            return false;
        }
        if (destinationPort != null && (packet.destinationPort() < 0 || !destinationPort.matches(packet.destinationPort()))) {
            return false;
        }
        if (icmp != null && !icmp.matches(packet.icmpType(), packet.icmpCode())) {
            return false;
        }
        return !established || packet.ackOrRst();
    }

    /** The rule as running-config writes it after the sequence number: {@code permit tcp any host 10.0.0.1 eq 22}. */
    public String ruleText() {
        if (isRemark()) {
            return "remark " + remark;
        }
        StringBuilder text = new StringBuilder(permit ? "permit" : "deny");
        if (!extended) {
            text.append(' ').append(source.standardConfigText());
        } else {
            appendExtended(text);
        }
        if (log) {
            text.append(" log");
        }
        return text.toString();
    }

    /** The rule as {@code show access-lists} prints it (standard actions padded to one width, as IOS). */
    public String showText() {
        if (extended) {
            return ruleText();
        }
        return (permit ? "permit " : "deny   ") + source.standardShowText() + (log ? " log" : "");
    }

    private void appendExtended(StringBuilder text) {
        text.append(' ').append(AclProtocol.name(protocol)).append(' ').append(source.extendedText());
        if (sourcePort != null) {
            text.append(' ').append(sourcePort.text(protocol));
        }
        text.append(' ').append(destination.extendedText());
        if (destinationPort != null) {
            text.append(' ').append(destinationPort.text(protocol));
        }
        if (icmp != null) {
            text.append(' ').append(icmp.text());
        }
        if (established) {
            text.append(" established");
        }
    }

    /** Same rule, whatever the sequence and counter ({@code no permit ...} finds its line this way). */
    boolean sameRule(AclEntry other) {
        return !isRemark() && !other.isRemark() && ruleText().equals(other.ruleText());
    }
}
