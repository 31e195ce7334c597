package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.looplab.cli.show.TracerouteReport;
import org.looplab.dataplane.TracerouteSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code traceroute [vrf NAME] [ip] A.B.C.D [source INTERFACE | ADDRESS] [ttl MIN MAX] [timeout N] [probe N] [numeric]},
 * IOS's defaults being 3 probes a hop, a 3 second timeout and TTLs 1 to 30, run on the virtual clock: the
 * banner at once, then each hop's number as its first probe leaves and each probe's answer as it ends; an
 * aborted trace ends the line it was on. Addresses are printed as numbers anyway
 * (a lab has no name service), so {@code numeric} changes nothing.
 */
public record TracerouteCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress,
                                int minTtl, int maxTtl, int probes, int timeoutSeconds, String vrf) implements Command {
    public static final int MIN_TTL = 1;
    public static final int MAX_TTL = TracerouteSession.DEFAULT_MAX_TTL;
    public static final int PROBES = TracerouteSession.DEFAULT_PROBES;
    public static final int TIMEOUT_SECONDS = (int) (TracerouteSession.DEFAULT_TIMEOUT_NANOS / 1_000_000_000L);

    public TracerouteCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress) {
        this(destination, sourceInterface, sourceAddress, MIN_TTL, MAX_TTL, PROBES, TIMEOUT_SECONDS);
    }

    /** In the global table. */
    public TracerouteCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress,
                             int minTtl, int maxTtl, int probes, int timeoutSeconds) {
        this(destination, sourceInterface, sourceAddress, minTtl, maxTtl, probes, timeoutSeconds, null);
    }

    /** The same traceroute to another destination ({@code traceroute NAME} once the name is found). */
    public TracerouteCommand toward(Ipv4Address address) {
        return new TracerouteCommand(address, sourceInterface, sourceAddress, minTtl, maxTtl, probes, timeoutSeconds,
                vrf);
    }

    @Override
    public void run(CommandContext context) {
        ProbeSource source = new ProbeSource(sourceInterface, sourceAddress);
        if (!source.resolveIn(context, vrf)) {
            return;
        }
        context.print(TracerouteReport.header(destination));
        CompletableFuture<String> report = new CompletableFuture<>();
        context.defer(report);
        Consumer<String> hops = context.streamOutput();
        // IOS takes a minimum TTL of 0 as 1, and a maximum below the minimum as the minimum.
        int first = Math.max(1, minTtl);
        int last = Math.max(first, maxTtl);
        StringBuilder shown = new StringBuilder(); // what is on the screen of the hop under way
        TracerouteSession trace = TracerouteSession.startInVrf(context.router(), vrf, destination,
                source.address(context.router()), first, last, probes, timeoutSeconds * 1_000_000_000L,
                hop -> {
                    hops.accept(TracerouteReport.hop(hop).substring(shown.length()));
                    shown.setLength(0);
                }, done -> report.complete(shown.isEmpty() ? "" : "\n"));
        trace.onProbe(partial -> {
            String text = TracerouteReport.hopSoFar(partial);
            hops.accept(text.substring(shown.length()));
            shown.setLength(0);
            shown.append(text);
        });
        context.onAbort(trace::abort);
    }
}
