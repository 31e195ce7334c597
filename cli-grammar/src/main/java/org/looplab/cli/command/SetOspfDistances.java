package org.looplab.cli.command;

/**
 * {@code distance N} (all three set), {@code distance ospf intra-area N inter-area N external N} (those
 * given; null leaves one as it is), or the {@code no} forms (110 each).
 */
public record SetOspfDistances(Integer intraArea, Integer interArea, Integer external) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setDistances(intraArea, interArea, external));
    }
}
