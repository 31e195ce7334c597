package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import org.looplab.cli.show.TracerouteReport;
import org.looplab.dataplane.TracerouteSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code traceroute A.B.C.D [source INTERFACE | ADDRESS]} with IOS's defaults (3 probes a hop, 3 second
 * timeout, up to 30 hops), run on the virtual clock; the report comes when the trace ends.
 */
public record TracerouteCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress)
        implements Command {
    @Override
    public void run(CommandContext context) {
        ProbeSource source = new ProbeSource(sourceInterface, sourceAddress);
        if (!source.resolve(context)) {
            return;
        }
        CompletableFuture<String> report = new CompletableFuture<>();
        context.defer(report);
        TracerouteSession.start(context.router(), destination, source.address(context.router()), hop -> { },
                hops -> report.complete(TracerouteReport.render(destination, hops)));
    }
}
