package org.looplab.cli.command;

import org.looplab.cli.show.ShowCdp;
import org.looplab.cli.show.ShowCdpNeighbors;
import org.looplab.cli.show.ShowLldp;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/** {@code show cdp ...} and {@code show lldp ...}: which report, of which interface (null: all) or entry name. */
public record ShowDiscovery(Report report, Interface only, String entry) implements Command {
    public enum Report { CDP, CDP_NEIGHBORS, CDP_DETAIL, CDP_ENTRY, CDP_INTERFACE, CDP_TRAFFIC,
        LLDP, LLDP_NEIGHBORS, LLDP_DETAIL, LLDP_INTERFACE, LLDP_TRAFFIC }

    @Override
    public void run(CommandContext context) {
        Router router = context.router();
        context.print(switch (report) {
            case CDP -> ShowCdp.global(router);
            case CDP_NEIGHBORS -> ShowCdpNeighbors.table(router, only);
            case CDP_DETAIL -> ShowCdpNeighbors.detail(router, only);
            case CDP_ENTRY -> ShowCdpNeighbors.entries(router, entry);
            case CDP_INTERFACE -> ShowCdp.interfaces(router, only);
            case CDP_TRAFFIC -> ShowCdp.traffic(router);
            case LLDP -> ShowLldp.global(router);
            case LLDP_NEIGHBORS -> ShowLldp.table(router, only);
            case LLDP_DETAIL -> ShowLldp.detail(router, only);
            case LLDP_INTERFACE -> ShowLldp.interfaces(router, only);
            case LLDP_TRAFFIC -> ShowLldp.traffic(router);
        });
    }
}
