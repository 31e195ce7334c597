package org.looplab.cli.command;

import java.util.function.Function;
import org.looplab.bgp.Bgp;

/**
 * One change to the running BGP process through its configuration API ({@link Bgp}), named by the line
 * that asked for it: {@code bgp router-id 10.0.0.1}, {@code neighbor 10.0.0.2 remote-as 65000}. The API
 * checks and applies; IOS's message, if any, is printed and nothing changes. In the config-router-af of
 * {@code address-family ipv4 vrf NAME} the change goes to that VRF's address family.
 */
public record ChangeBgp(String line, Function<Bgp, String> change) implements Command {
    @Override
    public void run(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        if (!bgp.isRunning()) {
            context.print("% BGP not active\n");
            return;
        }
        if (context.mode() == org.looplab.cli.mode.Modes.ROUTER_BGP_AF_VRF) {
            bgp = bgp.vrf(context.currentBlockName());
            if (bgp == null) {
                return; // the VRF went (no vrf definition) while the session stayed in its block
            }
        }
        ChangeMessages.print(context, change.apply(bgp));
    }

    @Override
    public String toString() {
        return "ChangeBgp[" + line + "]";
    }
}
