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
 * for {@code *}.
 */
public record ClearBgp(Ipv4Address neighbor, AsNumber as, ClearMode mode) implements Command {
    @Override
    public void run(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        BgpSpeaker speaker = bgp.speaker();
        if (!bgp.isRunning() || speaker == null) {
            context.print(ShowIpBgpSummary.NOT_ACTIVE);
            return;
        }
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
