package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import org.looplab.cli.show.TracerouteReport;
import org.looplab.dataplane.PingSession;
import org.looplab.dataplane.TracerouteSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * {@code traceroute A.B.C.D [source INTERFACE | ADDRESS]} with IOS's defaults (3 probes a hop, 3 second
 * timeout, up to 30 hops), run on the virtual clock; the report comes when the trace ends.
 */
public record TracerouteCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress)
        implements Command {
    @Override
    public void run(CommandContext context) {
        Router router = context.router();
        Ipv4Address source = sourceAddress;
        if (sourceInterface != null) {
            source = PingSession.sourceAddressOf(router, sourceInterface);
            if (source == null) {
                context.print(PingSession.INVALID_SOURCE + "\n");
                return;
            }
        } else if (source != null && PingSession.checkSource(router, source) != null) {
            context.print(PingSession.checkSource(router, source) + "\n");
            return;
        }
        CompletableFuture<String> report = new CompletableFuture<>();
        context.defer(report);
        TracerouteSession.start(router, destination, source, hop -> { },
                hops -> report.complete(TracerouteReport.render(destination, hops)));
    }
}
