package org.looplab.cli.show.bgp;

import java.util.Objects;

/**
 * One row of "Local Policy Denied Prefixes": why prefixes were not sent (outbound) or not accepted
 * (inbound). IOS's reasons include "Bestpath from this peer", "Invalid Path", "ORIGINATOR loop",
 * "AS_PATH loop", "CLUSTER_LIST loop", "Bestpath from iBGP peer", "route-map", "prefix-list". A null count
 * prints {@code n/a}.
 */
public record BgpPolicyDeniedView(String reason, Long outbound, Long inbound) {
    public BgpPolicyDeniedView {
        Objects.requireNonNull(reason);
    }
}
