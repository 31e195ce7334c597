package org.looplab.cli.command;

import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.looplab.cli.grammar.IosParser.Cfg_ip_hostContext;
import org.looplab.cli.grammar.IosParser.Cfg_ip_name_serverContext;
import org.looplab.cli.grammar.IosParser.Cfg_no_ip_hostContext;
import org.looplab.cli.grammar.IosParser.Cfg_no_ip_name_serverContext;
import org.looplab.dns.HostTable;
import org.looplab.net.Ipv4Address;

/** {@code [no] ip host NAME [PORT] A...} and {@code [no] ip name-server A...}: the router's {@link HostTable}. */
final class HostTableCommands {
    private HostTableCommands() {
    }

    static Command add(Cfg_ip_hostContext host) {
        List<Ipv4Address> addresses = addresses(host.IP_ADDRESS(), HostTable.MAX_ADDRESSES);
        Integer port = host.port == null ? null : ArgumentValues.number(host.port, 0, 65535);
        HostTable.StaticHost entry = new HostTable.StaticHost(host.name.getText(), port, addresses);
        return context -> HostTable.of(context.router()).putHost(entry);
    }

    static Command remove(Cfg_no_ip_hostContext host) {
        String name = host.name.getText();
        return context -> HostTable.of(context.router()).removeHost(name);
    }

    static Command addServers(Cfg_ip_name_serverContext servers) {
        List<Ipv4Address> added = addresses(servers.IP_ADDRESS(), HostTable.MAX_SERVERS);
        return context -> {
            if (!HostTable.of(context.router()).addServers(added)) {
                context.print("% Only " + HostTable.MAX_SERVERS + " name servers are allowed\n");
            }
        };
    }

    static Command removeServers(Cfg_no_ip_name_serverContext servers) {
        List<Ipv4Address> removed = servers.IP_ADDRESS().stream().map(node -> ArgumentValues.address(node.getSymbol()))
                .toList();
        return context -> HostTable.of(context.router()).removeServers(removed);
    }

    /** The addresses of a line, refused with the caret on the one past IOS's limit. */
    private static List<Ipv4Address> addresses(List<TerminalNode> nodes, int limit) {
        if (nodes.size() > limit) {
            throw new InvalidArgumentException(nodes.get(limit).getSymbol().getCharPositionInLine());
        }
        return nodes.stream().map(node -> ArgumentValues.address(node.getSymbol())).toList();
    }
}
