package org.looplab.debug;

/** What a router's {@code debug} commands can turn on. */
public enum DebugFlag {
    /** {@code debug ip ospf adj}: OSPF neighbour state changes, as the neighbour state machine makes them. */
    OSPF_ADJACENCY,
    /** {@code debug ip routing}: routes entering and leaving the RIB. */
    IP_ROUTING
}
