package org.looplab.cli.command;

import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;

/** {@code no router bgp ASN}: every session closes and the block goes; another AS changes nothing. */
public record RemoveRouterBgp(AsNumber asNumber) implements Command {
    @Override
    public void run(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        if (bgp.isRunning() && bgp.config().asNumber().equals(asNumber)) {
            org.looplab.cli.config.BgpKeptLines.of(context.router()).clear();
        }
        ChangeMessages.print(context, bgp.stop(asNumber));
    }
}
