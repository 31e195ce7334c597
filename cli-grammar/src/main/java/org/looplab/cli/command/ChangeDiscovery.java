package org.looplab.cli.command;

import java.util.function.BiConsumer;
import org.looplab.discovery.Cdp;
import org.looplab.discovery.LinkDiscovery;
import org.looplab.discovery.Lldp;

/** A CDP or LLDP line ({@code cdp run}, {@code no lldp transmit}...): {@code change} applied to the router's protocol. */
public record ChangeDiscovery(boolean lldp, BiConsumer<LinkDiscovery, CommandContext> change) implements Command {
    @Override
    public void run(CommandContext context) {
        change.accept(lldp ? Lldp.of(context.router()) : Cdp.of(context.router()), context);
    }
}
