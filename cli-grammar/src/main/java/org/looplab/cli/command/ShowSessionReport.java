package org.looplab.cli.command;

import java.util.List;
import org.looplab.cli.show.ShowClock;
import org.looplab.cli.show.ShowHosts;
import org.looplab.cli.show.ShowInterfacesDescription;
import org.looplab.cli.show.ShowMemoryStatistics;
import org.looplab.cli.show.ShowTerminal;
import org.looplab.cli.show.ShowUsers;

/** The reports about the device and the session itself: {@code show clock}, {@code show users}, ... */
public record ShowSessionReport(Report report) implements Command {
    public enum Report { CLOCK, CLOCK_DETAIL, INTERFACES_DESCRIPTION, USERS, HISTORY, TERMINAL, HOSTS, PRIVILEGE, MEMORY, IPV6_INTERFACE }

    @Override
    public void run(CommandContext context) {
        context.print(switch (report) {
            case CLOCK -> ShowClock.render(context.router());
            case CLOCK_DETAIL -> ShowClock.detail(context.router());
            case INTERFACES_DESCRIPTION -> ShowInterfacesDescription.render(context.router());
            case USERS -> ShowUsers.render(context.router().vtySessions().list(), context.vtySession(),
                    context.userName(), context.router().kernel().now());
            case HISTORY -> history(context);
            case TERMINAL -> ShowTerminal.render(context.router(), context.vtySession(), context.terminalLength(),
                    context.terminalWidth());
            case HOSTS -> hosts(context.router());
            case PRIVILEGE -> "Current privilege level is " + context.privilege() + "\n";
            case MEMORY -> ShowMemoryStatistics.render();
            case IPV6_INTERFACE -> "";
        });
    }

    private static String hosts(org.looplab.router.Router router) {
        org.looplab.vty.SshServerState ssh = router.attachmentIfPresent(org.looplab.vty.SshServerState.class);
        org.looplab.cli.config.InertSettings kept = org.looplab.cli.config.InertSettings.ifPresent(router);
        org.looplab.dns.HostTable table = org.looplab.dns.HostTable.of(router);
        return ShowHosts.render(ssh == null ? null : ssh.domainName(), kept == null || kept.domainLookup(),
                org.looplab.dns.DnsLookup.serversOf(router), table.hosts());
    }

    private static String history(CommandContext context) {
        StringBuilder out = new StringBuilder();
        for (String line : context.history()) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }
}
