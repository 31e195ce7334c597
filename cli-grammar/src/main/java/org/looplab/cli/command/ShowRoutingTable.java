package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpRoute;
import org.looplab.cli.show.ShowIpRouteEntry;
import org.looplab.cli.show.ShowIpRouteSummary;
import org.looplab.net.Ipv4Address;

/**
 * {@code show ip route}: the whole table or one source's routes ({@code filter}), one prefix
 * ({@code address} and optional {@code mask}), the routes within a prefix ({@code longer}), or the summary.
 */
public record ShowRoutingTable(ShowIpRoute.Filter filter, Ipv4Address address, Ipv4Address mask, boolean summary,
                               boolean longer) implements Command {

    public static ShowRoutingTable listing(ShowIpRoute.Filter filter) {
        return new ShowRoutingTable(filter, null, null, false, false);
    }

    public static ShowRoutingTable entry(Ipv4Address address, Ipv4Address mask) {
        return new ShowRoutingTable(null, address, mask, false, false);
    }

    /** {@code show ip route A M longer-prefixes}: the table's routes within that prefix. */
    public static ShowRoutingTable longerPrefixes(Ipv4Address address, Ipv4Address mask) {
        return new ShowRoutingTable(null, address, mask, false, true);
    }

    public static ShowRoutingTable summaryReport() {
        return new ShowRoutingTable(null, null, null, true, false);
    }

    @Override
    public void run(CommandContext context) {
        if (summary) {
            context.print(ShowIpRouteSummary.render(context.router()));
        } else if (longer) {
            context.print(ShowIpRoute.longerPrefixes(context.router(), address, mask));
        } else if (address != null) {
            context.print(ShowIpRouteEntry.render(context.router(), address, mask));
        } else {
            context.print(ShowIpRoute.render(context.router(), filter));
        }
    }
}
