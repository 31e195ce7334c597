package org.looplab.bgp;

import org.looplab.net.Ipv4Prefix;

/** {@code aggregate-address A M [as-set] [summary-only]}: originated while a more specific path exists. */
public record AggregateAddress(Ipv4Prefix prefix, boolean asSet, boolean summaryOnly) {
}
