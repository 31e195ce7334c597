package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import org.looplab.cli.show.PingReport;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;

/**
 * {@code ping A.B.C.D} with IOS's defaults: 5 echoes of 100 bytes, 2 second timeout. The echoes travel
 * the data plane on the virtual clock, so the report is deferred until the last one ends.
 */
public record PingCommand(Ipv4Address destination) implements Command {
    public static final int REPEAT = PingSession.DEFAULT_REPEAT;
    public static final int SIZE_BYTES = 100;
    public static final int TIMEOUT_SECONDS = (int) (PingSession.DEFAULT_TIMEOUT_NANOS / 1_000_000_000L);

    @Override
    public void run(CommandContext context) {
        CompletableFuture<String> report = new CompletableFuture<>();
        context.defer(report);
        PingSession.start(context.router(), destination, null, REPEAT, PingSession.DEFAULT_TIMEOUT_NANOS,
                result -> report.complete(PingReport.render(destination, SIZE_BYTES, TIMEOUT_SECONDS, result)));
    }
}
