package org.looplab.cli.command;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.router.Router;

/**
 * Typed commands of Ios_dataplane.g4: interface counters and IP statistics. {@link CommandBuilder} asks
 * here; {@link #build} answers null for rules that are not ours.
 */
final class DataPlaneCommandBuilder {
    private final Router router;

    DataPlaneCommandBuilder(Router router) {
        this.router = router;
    }

    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Exec_clear_countersContext clear) {
            return new ClearCounters(clear.interface_name() == null ? null
                    : router.interfaceNamed(ArgumentValues.existingInterface(router, clear.interface_name())));
        }
        Exec_show_dataplaneContext show = null;
        if (ctx instanceof Exec_showContext exec && exec.exec_show_public() != null) {
            show = exec.exec_show_public().exec_show_dataplane();
        } else if (ctx instanceof Exec_user_showContext user) {
            show = user.exec_show_public().exec_show_dataplane();
        }
        if (show == null) {
            return null;
        }
        return new ShowIpTrafficCommand();
    }
}
