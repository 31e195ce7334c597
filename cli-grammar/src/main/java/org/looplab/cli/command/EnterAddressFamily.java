package org.looplab.cli.command;

import org.looplab.bgp.Bgp;
import org.looplab.cli.mode.Modes;

/**
 * {@code address-family ipv4 [unicast]}: enters config-router-af. From then on running-config writes the
 * per-family lines in an {@code address-family ipv4} block, as IOS does once the block was entered.
 */
public record EnterAddressFamily() implements Command {
    @Override
    public void run(CommandContext context) {
        Bgp.of(context.router()).useAddressFamilyForm();
        context.enterMode(Modes.ROUTER_BGP_AF, null);
    }
}
