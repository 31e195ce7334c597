package org.looplab.cli.command;

import org.looplab.cli.grammar.IosParser.Exec_show_ip_vrfContext;
import org.looplab.cli.grammar.IosParser.Exec_show_routingContext;
import org.looplab.cli.grammar.IosParser.Exec_show_vrfContext;
import org.looplab.cli.show.ShowVrf;

/** {@code show vrf [brief | detail [NAME]]} and {@code show ip vrf [brief | detail [NAME] | interfaces]}. */
public record ShowVrfCommand(boolean ipOnly, ShowVrf.View view, String name) implements Command {

    static ShowVrfCommand of(Exec_show_routingContext routing) {
        Exec_show_vrfContext vrf = routing.exec_show_vrf();
        if (vrf != null) {
            return new ShowVrfCommand(false, vrf.DETAIL() != null ? ShowVrf.View.DETAIL : ShowVrf.View.LIST,
                    vrf.name == null ? null : vrf.name.getText());
        }
        Exec_show_ip_vrfContext ip = routing.exec_show_ip_vrf();
        ShowVrf.View view = ip.DETAIL() != null ? ShowVrf.View.DETAIL
                : ip.INTERFACES() != null ? ShowVrf.View.INTERFACES : ShowVrf.View.LIST;
        return new ShowVrfCommand(true, view, ip.name == null ? null : ip.name.getText());
    }

    @Override
    public void run(CommandContext context) {
        context.print(ShowVrf.render(context.router(), ipOnly, view, name));
    }
}
