package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;

/**
 * {@code no ip address [A M [secondary]]}: without an address every address goes; with one, only that
 * address, and IOS's message when the interface does not have it ("Invalid address") or when the primary
 * is named while secondaries remain.
 */
public record RemoveAddress(Ipv4Address address, Ipv4Address mask, boolean secondary) implements Command {
    public RemoveAddress() {
        this(null, null, false);
    }

    @Override
    public void run(CommandContext context) {
        if (address == null) {
            context.router().removeAddress(context.currentInterface());
            return;
        }
        String refused = secondary
                ? context.router().removeSecondaryAddress(context.currentInterface(), address, mask)
                : context.router().removeAddress(context.currentInterface(), address, mask);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
