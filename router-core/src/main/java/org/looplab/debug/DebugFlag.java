package org.looplab.debug;

/** What a router's {@code debug} commands can turn on. */
public enum DebugFlag {
    /** {@code debug ip ospf adj}: OSPF neighbour state changes, as the neighbour state machine makes them. */
    OSPF_ADJACENCY,
    /** {@code debug ip ospf events}: hellos sent and received, their mismatches, interfaces going up and down. */
    OSPF_EVENTS,
    /** {@code debug ip ospf hello}: hellos sent and received and their mismatches only. */
    OSPF_HELLO,
    /** {@code debug ip routing}: routes entering and leaving the RIB. */
    IP_ROUTING,
    /** {@code debug ip packet [ACL] [detail]}: each IP packet the router sends, receives or forwards. */
    IP_PACKET,
    /** {@code debug ip icmp}: ICMP messages the router sends and receives. */
    IP_ICMP
}
