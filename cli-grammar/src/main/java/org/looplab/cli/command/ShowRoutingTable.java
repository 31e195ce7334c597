package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpRoute;
import org.looplab.cli.show.ShowIpRouteEntry;
import org.looplab.cli.show.ShowIpRouteSummary;
import org.looplab.net.Ipv4Address;

/**
 * {@code show ip route [vrf NAME]}: the whole table or one source's routes ({@code filter}), one prefix
 * ({@code address} and optional {@code mask}), the routes within a prefix ({@code longer}), or the summary.
 */
public record ShowRoutingTable(String vrf, ShowIpRoute.Filter filter, Ipv4Address address, Ipv4Address mask,
                               boolean summary, boolean longer) implements Command {

    /** {@code show ip route [vrf NAME] ...}: {@code vrf} null is the global table. */
    public static ShowRoutingTable listing(String vrf, ShowIpRoute.Filter filter) {
        return new ShowRoutingTable(vrf, filter, null, null, false, false);
    }

    public static ShowRoutingTable entry(String vrf, Ipv4Address address, Ipv4Address mask) {
        return new ShowRoutingTable(vrf, null, address, mask, false, false);
    }

    /** {@code show ip route [vrf NAME] A M longer-prefixes}: the table's routes within that prefix. */
    public static ShowRoutingTable longerPrefixes(String vrf, Ipv4Address address, Ipv4Address mask) {
        return new ShowRoutingTable(vrf, null, address, mask, false, true);
    }

    public static ShowRoutingTable summaryReport() {
        return new ShowRoutingTable(null, null, null, null, true, false);
    }

    @Override
    public void run(CommandContext context) {
        if (vrf != null && !context.router().hasVrf(vrf)) {
            context.print("% IP routing table " + vrf + " does not exist\n");
        } else if (summary) {
            context.print(ShowIpRouteSummary.render(context.router()));
        } else if (longer) {
            context.print(ShowIpRoute.longerPrefixes(context.router(), vrf, address, mask));
        } else if (address != null) {
            context.print(ShowIpRouteEntry.render(context.router(), vrf, address, mask));
        } else {
            context.print(ShowIpRoute.render(context.router(), vrf, filter));
        }
    }
}
