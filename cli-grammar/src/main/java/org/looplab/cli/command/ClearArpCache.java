package org.looplab.cli.command;

import org.looplab.dataplane.ArpCache;
import org.looplab.router.Interface;

/** {@code clear arp-cache [interface IF]}: forgets the learned entries (of one interface); IOS prints nothing. */
public record ClearArpCache(Interface only) implements Command {
    @Override
    public void run(CommandContext context) {
        ArpCache cache = ArpCache.ifPresent(context.router());
        if (cache != null) {
            cache.clear(only);
        }
    }
}
