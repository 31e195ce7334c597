package org.looplab.cli.command;

/** {@code auto-cost reference-bandwidth MBPS}; {@code no auto-cost} (null) restores 100. */
public record SetReferenceBandwidth(Long mbps) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setReferenceBandwidth(mbps));
    }
}
