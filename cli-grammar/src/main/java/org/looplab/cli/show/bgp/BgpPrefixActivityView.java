package org.looplab.cli.show.bgp;

/**
 * The "Prefix activity" table of {@code show ip bgp neighbors}: prefixes sent to and received from the
 * neighbour, current and in total, withdrawals, and how many received ones are best paths.
 *
 * @param consumesBytes memory the received prefixes use ("(Consumes N bytes)", printed when any are held)
 */
public record BgpPrefixActivityView(long sentCurrent, long receivedCurrent, long consumesBytes, long sentTotal,
        long receivedTotal, long sentImplicitWithdraw, long receivedImplicitWithdraw, long sentExplicitWithdraw,
        long receivedExplicitWithdraw, long usedAsBestpath, long usedAsMultipath) {
    public static final BgpPrefixActivityView NONE = new BgpPrefixActivityView(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
