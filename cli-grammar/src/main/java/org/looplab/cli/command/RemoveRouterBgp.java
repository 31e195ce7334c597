package org.looplab.cli.command;

import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;

/** {@code no router bgp ASN}: every session closes and the block goes; another AS changes nothing. */
public record RemoveRouterBgp(AsNumber asNumber) implements Command {
    @Override
    public void run(CommandContext context) {
        ChangeMessages.print(context, Bgp.of(context.router()).stop(asNumber));
    }
}
