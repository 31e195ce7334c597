package org.looplab.cli.command;

import org.looplab.cli.show.PingReport;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.Ping;

/** {@code ping A.B.C.D} with IOS's defaults: 5 echoes of 100 bytes, 2 second timeout. */
public record PingCommand(Ipv4Address destination) implements Command {
    public static final int REPEAT = 5;
    public static final int SIZE_BYTES = 100;
    public static final int TIMEOUT_SECONDS = 2;

    @Override
    public void run(CommandContext context) {
        var result = Ping.run(context.router(), destination, REPEAT);
        context.print(PingReport.render(destination, SIZE_BYTES, TIMEOUT_SECONDS, result));
    }
}
