package org.looplab.cli.command;

import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.ClearMode;
import org.looplab.cli.show.bgp.ShowIpBgpNeighbors;
import org.looplab.cli.show.bgp.ShowIpBgpSummary;
import org.looplab.net.Ipv4Address;

/**
 * {@code clear ip bgp * | A | ASN [soft [in | out]]}: resets the sessions it names (hard) or applies policy
 * again without a reset (soft). IOS prints nothing when it worked; the log tells the rest
 * ({@code %BGP-5-ADJCHANGE: neighbor A Down User reset}). {@code neighbor} and {@code as} are both null
 * for {@code *}; {@code vrf} names the VRF of {@code clear ip bgp vrf NAME ...}, null for the global table.
 */
public record ClearBgp(String vrf, Ipv4Address neighbor, AsNumber as, ClearMode mode) implements Command {
    @Override
    public void run(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        if (!bgp.isRunning() || bgp.speaker() == null) {
            context.print(ShowIpBgpSummary.NOT_ACTIVE);
            return;
        }
        if (vrf != null) {
            if (!context.router().hasVrf(vrf)) {
                context.print(ShowBgp.noSuchVrf(vrf));
                return;
            }
            bgp = bgp.vrf(vrf);
            if (bgp == null) {
                return; // no BGP in that VRF: nothing to clear
            }
        }
        BgpSpeaker speaker = bgp.speaker();
        if (neighbor != null) {
            if (!speaker.clearNeighbor(neighbor, mode)) {
                context.print(ShowIpBgpNeighbors.noSuchNeighbor());
            }
        } else if (as != null) {
            speaker.clearAs(as, mode);
        } else {
            speaker.clearAll(mode);
        }
    }
}
