package org.looplab.cli.command;

import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;
import org.looplab.cli.mode.Modes;

/**
 * {@code router bgp ASN}: starts BGP with that AS (or finds it running) and enters config-router mode.
 * Another AS while one runs gets IOS's "BGP is already running; AS is N" and the mode stays.
 */
public record EnterRouterBgp(AsNumber asNumber) implements Command {
    @Override
    public void run(CommandContext context) {
        String refused = Bgp.of(context.router()).start(asNumber);
        if (refused != null) {
            ChangeMessages.print(context, refused);
            return;
        }
        context.enterMode(Modes.ROUTER_BGP, null);
    }
}
