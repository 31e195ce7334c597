package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpOspf;
import org.looplab.cli.show.ShowIpOspfDatabase;
import org.looplab.cli.show.ShowIpOspfInterface;
import org.looplab.cli.show.ShowIpOspfInterfaceBrief;
import org.looplab.cli.show.ShowIpOspfNeighbor;
import org.looplab.cli.show.ShowIpProtocols;
import org.looplab.router.InterfaceName;

/** The OSPF reports: {@code show ip ospf [neighbor | interface [brief | NAME] | database]}, {@code show ip protocols}. */
public record ShowOspf(Report report, InterfaceName only) implements Command {
    public enum Report {
        PROCESS,
        NEIGHBOR,
        INTERFACE,
        INTERFACE_BRIEF,
        DATABASE,
        PROTOCOLS
    }

    @Override
    public void run(CommandContext context) {
        var router = context.router();
        context.print(switch (report) {
            case PROCESS -> ShowIpOspf.render(router);
            case NEIGHBOR -> ShowIpOspfNeighbor.render(router);
            case INTERFACE -> ShowIpOspfInterface.render(router, only);
            case INTERFACE_BRIEF -> ShowIpOspfInterfaceBrief.render(router);
            case DATABASE -> ShowIpOspfDatabase.render(router);
            case PROTOCOLS -> ShowIpProtocols.render(router);
        });
    }
}
