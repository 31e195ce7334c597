package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;

/**
 * {@code ip address A.B.C.D MASK [secondary]}: the primary is replaced, a secondary added; the router
 * refuses bad ones with IOS's message.
 */
public record SetAddress(Ipv4Address address, Ipv4Address mask, boolean secondary) implements Command {
    public SetAddress(Ipv4Address address, Ipv4Address mask) {
        this(address, mask, false);
    }

    @Override
    public void run(CommandContext context) {
        String refused = org.looplab.vrf.VrfConfig.addressRefusal(context.router(), context.currentInterface());
        if (refused == null) {
            refused = secondary
                    ? context.router().addSecondaryAddress(context.currentInterface(), address, mask)
                    : context.router().setAddress(context.currentInterface(), address, mask);
        }
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
