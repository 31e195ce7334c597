package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.looplab.cli.config.InertSettings;
import org.looplab.dns.DnsLookup;
import org.looplab.dns.HostTable;

/**
 * A command given a host name instead of an address ({@code telnet NAME}, {@code ssh -l U NAME}, {@code ping NAME},
 * {@code traceroute NAME}, or a lone unknown word in EXEC): the name is looked up in the {@code ip host} table,
 * then, unless {@code no ip domain lookup}, asked of the name servers over UDP on the virtual clock, a wait
 * Ctrl-Shift-6 ends. A found name runs {@code then} with its entry (the name as configured, its port, its addresses).
 */
public record ByHostName(String name, Purpose purpose, Function<HostTable.StaticHost, Command> then) implements Command {
    /** What the name is for, which decides IOS's wording when it cannot be found. */
    public enum Purpose {
        /** telnet, ssh, a lone word: IOS prints {@code Translating "NAME"} even when it does not ask DNS. */
        CONNECT("% Unknown command or computer name, or unable to find computer address\n"),
        /** ping, traceroute. */
        PROBE("% Unrecognized host or address, or protocol not running.\n\n");

        private final String notFound;

        Purpose(String notFound) {
            this.notFound = notFound;
        }
    }

    @Override
    public void run(CommandContext context) {
        HostTable.StaticHost known = HostTable.of(context.router()).host(name);
        if (known != null) {
            then.apply(known).run(context);
            return;
        }
        InertSettings kept = InertSettings.ifPresent(context.router());
        if (kept != null && !kept.domainLookup()) {
            context.print((purpose == Purpose.CONNECT ? "Translating \"" + name + "\"\n" : "") + purpose.notFound);
            return;
        }
        String servers = DnsLookup.serversOf(context.router()).stream().map(a -> "(" + a + ")")
                .collect(Collectors.joining(" "));
        context.print("Translating \"" + name + "\"...domain server " + servers + "\n");
        context.streamOutput(); // the line shows at once on a terminal, before the wait
        CompletableFuture<String> unanswered = new CompletableFuture<>();
        context.defer(unanswered);
        DnsLookup lookup = DnsLookup.start(context.router(), () -> unanswered.complete(purpose.notFound));
        context.onAbort(() -> {
            // Ctrl-Shift-6: the resolver gives up, and the caller hears "not found" at once.
            lookup.abort();
            unanswered.complete(purpose.notFound);
        });
    }
}
