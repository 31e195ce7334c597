package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpOspf;
import org.looplab.cli.show.ShowIpOspfDatabase;
import org.looplab.cli.show.ShowIpOspfDatabaseDetail;
import org.looplab.cli.show.ShowIpOspfInterface;
import org.looplab.cli.show.ShowIpOspfInterfaceBrief;
import org.looplab.cli.show.ShowIpOspfNeighbor;
import org.looplab.cli.show.ShowIpOspfNeighborDetail;
import org.looplab.cli.show.ShowIpProtocols;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.LsaType;
import org.looplab.router.InterfaceName;

/**
 * The OSPF reports: {@code show ip ospf [neighbor | interface [brief | NAME] | database [TYPE [ID]]]},
 * {@code show ip protocols}. {@code lsaType} (and {@code linkStateId}, null for all) pick a database view.
 */
public record ShowOspf(Report report, InterfaceName only, LsaType lsaType, Ipv4Address linkStateId, Integer processId)
        implements Command {
    public ShowOspf(Report report, InterfaceName only) {
        this(report, only, null, null, null);
    }

    public ShowOspf(Report report, InterfaceName only, LsaType lsaType, Ipv4Address linkStateId) {
        this(report, only, lsaType, linkStateId, null);
    }

    public enum Report {
        PROCESS,
        NEIGHBOR,
        NEIGHBOR_DETAIL,
        INTERFACE,
        INTERFACE_BRIEF,
        DATABASE,
        PROTOCOLS
    }

    @Override
    public void run(CommandContext context) {
        var router = context.router();
        context.print(switch (report) {
            case PROCESS -> ShowIpOspf.render(router, processId);
            case NEIGHBOR -> ShowIpOspfNeighbor.render(router);
            case NEIGHBOR_DETAIL -> ShowIpOspfNeighborDetail.render(router);
            case INTERFACE -> ShowIpOspfInterface.render(router, only);
            case INTERFACE_BRIEF -> ShowIpOspfInterfaceBrief.render(router);
            case DATABASE -> lsaType == null ? ShowIpOspfDatabase.render(router)
                    : ShowIpOspfDatabaseDetail.render(router, lsaType, linkStateId);
            case PROTOCOLS -> ShowIpProtocols.render(router);
        });
    }
}
