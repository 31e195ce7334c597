package org.looplab.cli.command;

import org.looplab.ospf.AreaId;
import org.looplab.ospf.AreaSettings;

/** {@code no area N stub no-summary} or {@code no area N nssa no-summary|default-information-originate}. */
public record ClearOspfAreaOptions(AreaId area, AreaSettings.Type type, boolean noSummary, boolean defaultOriginate)
        implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().clearAreaOptions(area, type, noSummary, defaultOriginate));
    }
}
