package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import org.looplab.cli.show.PingReport;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code ping [vrf NAME] A.B.C.D [source INTERFACE | ADDRESS] [repeat N] [size N] [timeout N] [df-bit]}, IOS's defaults being 5
 * echoes of 100 bytes with a 2 second timeout. The echoes travel the data plane on the virtual clock, so
 * the report is deferred until the last one ends. {@code sourceInterface} and {@code sourceAddress} may
 * both be null (the outgoing interface's address).
 */
public record PingCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress,
                          int repeat, int sizeBytes, int timeoutSeconds, String vrf, boolean dontFragment) implements Command {
    public static final int REPEAT = PingSession.DEFAULT_REPEAT;
    public static final int SIZE_BYTES = 100;
    public static final int TIMEOUT_SECONDS = (int) (PingSession.DEFAULT_TIMEOUT_NANOS / 1_000_000_000L);
    /** IOS's ranges: repeat 1-2147483647, size 36-18024 bytes, timeout 0-3600 seconds. */
    public static final int MIN_SIZE = 36;
    public static final int MAX_SIZE = 18024;
    public static final int MAX_TIMEOUT = 3600;

    /** In the global table. */
    public PingCommand(Ipv4Address destination, InterfaceName sourceInterface, Ipv4Address sourceAddress, int repeat,
                       int sizeBytes, int timeoutSeconds) {
        this(destination, sourceInterface, sourceAddress, repeat, sizeBytes, timeoutSeconds, null, false);
    }

    public static PingCommand withDefaults(Ipv4Address destination) {
        return new PingCommand(destination, null, null, REPEAT, SIZE_BYTES, TIMEOUT_SECONDS);
    }

    /** The same ping to another destination ({@code ping NAME} once the name is found). */
    public PingCommand toward(Ipv4Address address) {
        return new PingCommand(address, sourceInterface, sourceAddress, repeat, sizeBytes, timeoutSeconds, vrf, dontFragment);
    }

    @Override
    public void run(CommandContext context) {
        ProbeSource source = new ProbeSource(sourceInterface, sourceAddress);
        if (!source.resolveIn(context, vrf)) {
            return;
        }
        Ipv4Address from = source.address(context.router());
        // As IOS: the banner at once, each echo's mark as it ends, the success rate last.
        context.print(PingReport.header(destination, repeat, sizeBytes, timeoutSeconds, from, dontFragment));
        CompletableFuture<String> report = new CompletableFuture<>();
        context.defer(report);
        java.util.function.Consumer<String> marks = context.streamOutput();
        int[] ended = {0};
        PingSession ping = PingSession.startInVrf(context.router(), vrf, destination, from, repeat,
                timeoutSeconds * 1_000_000_000L, sizeBytes, dontFragment, mark -> marks.accept(PingReport.mark(mark, ++ended[0])),
                result -> report.complete(PingReport.summary(result)));
        context.onAbort(ping::abort);
    }
}
