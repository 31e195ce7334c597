package org.looplab.cli.command;

/** {@code arp timeout N} / {@code no arp timeout} on an interface: how long its learned ARP entries live. */
public record SetArpTimeout(long nanos) implements Command {
    @Override
    public void run(CommandContext context) {
        context.currentInterface().setArpTimeoutNanos(nanos);
    }
}
