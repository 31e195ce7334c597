package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;

/** {@code ip address A.B.C.D MASK}; the router refuses bad ones with IOS's message. */
public record SetAddress(Ipv4Address address, Ipv4Address mask) implements Command {
    @Override
    public void run(CommandContext context) {
        String refused = context.router().setAddress(context.currentInterface(), address, mask);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
