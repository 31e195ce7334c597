package org.looplab.cli.command;

import org.looplab.bgp.Bgp;
import org.looplab.cli.config.BgpKeptLines;
import org.looplab.cli.mode.Modes;

/**
 * {@code address-family ipv4 [unicast]}, {@code address-family ipv4 vrf NAME}, {@code address-family ipv6
 * [unicast]} or {@code address-family vpnv4 [unicast]}: enters that config-router-af. From then on running-config
 * writes the per-family lines in an {@code address-family ipv4} block, as IOS does once a block was entered. A
 * VRF's address family is created on first entry (IOS's refusal printed otherwise); the lines of a
 * {@code keptFamily} (ipv6, vpnv4) are kept without behaviour.
 */
public record EnterAddressFamily(String vrf, String keptFamily) implements Command {
    public EnterAddressFamily() {
        this(null, null);
    }

    @Override
    public void run(CommandContext context) {
        Bgp bgp = Bgp.of(context.router());
        bgp.useAddressFamilyForm();
        if (keptFamily != null) {
            BgpKeptLines.of(context.router()).enter(keptFamily);
            context.enterMode(keptFamily.equals("ipv6") ? Modes.ROUTER_BGP_AF_IPV6 : Modes.ROUTER_BGP_AF_VPNV4, null);
            return;
        }
        if (vrf == null) {
            context.enterMode(Modes.ROUTER_BGP_AF, null);
            return;
        }
        String refused = bgp.isRunning() ? bgp.addVrf(vrf) : null;
        if (refused != null) {
            context.print(refused + "\n");
            return;
        }
        context.enterNamedBlock(Modes.ROUTER_BGP_AF_VRF, vrf);
    }
}
