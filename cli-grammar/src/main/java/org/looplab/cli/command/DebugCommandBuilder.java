package org.looplab.cli.command;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser.Debug_targetContext;
import org.looplab.cli.grammar.IosParser.Exec_debugContext;
import org.looplab.cli.grammar.IosParser.Exec_showContext;
import org.looplab.debug.DebugFlag;

/** Typed commands of Ios_debug.g4; null for rules that are not ours. */
final class DebugCommandBuilder {
    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Exec_debugContext debug) {
            DebugFlag flag = debug.ALL() != null ? null : flag(debug.debug_target());
            return new ChangeDebugging(flag, debug.DEBUG() != null && debug.NO() == null);
        }
        if (ctx instanceof Exec_showContext show && show.exec_show_debugging() != null) {
            return new ShowDebuggingCommand();
        }
        return null;
    }

    private static DebugFlag flag(Debug_targetContext target) {
        return target.ADJ() != null ? DebugFlag.OSPF_ADJACENCY : DebugFlag.IP_ROUTING;
    }

    /** {@code show debugging}. */
    private record ShowDebuggingCommand() implements Command {
        @Override
        public void run(CommandContext context) {
            context.print(org.looplab.cli.show.ShowDebugging.render(context.router().debugging().flags()));
        }
    }
}
