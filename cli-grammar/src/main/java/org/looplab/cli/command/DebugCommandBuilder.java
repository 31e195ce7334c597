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
            Debug_targetContext target = debug.debug_target();
            DebugFlag flag = debug.ALL() != null ? null : flag(target);
            boolean on = debug.DEBUG() != null && debug.NO() == null;
            if (flag == DebugFlag.IP_PACKET) {
                return new ChangeDebugging(flag, on, target.acl == null ? null : target.acl.getText(),
                        target.DETAIL() != null);
            }
            return new ChangeDebugging(flag, on);
        }
        if (ctx instanceof Exec_showContext show && show.exec_show_debugging() != null) {
            return new ShowDebuggingCommand();
        }
        return null;
    }

    private static DebugFlag flag(Debug_targetContext target) {
        if (target.ADJ() != null) {
            return DebugFlag.OSPF_ADJACENCY;
        }
        if (target.EVENTS() != null) {
            return DebugFlag.OSPF_EVENTS;
        }
        if (target.HELLO() != null) {
            return DebugFlag.OSPF_HELLO;
        }
        if (target.PACKET() != null) {
            return DebugFlag.IP_PACKET;
        }
        return target.ICMP() != null ? DebugFlag.IP_ICMP : DebugFlag.IP_ROUTING;
    }

    /** {@code show debugging}. */
    private record ShowDebuggingCommand() implements Command {
        @Override
        public void run(CommandContext context) {
            context.print(org.looplab.cli.show.ShowDebugging.render(context.router().debugging()));
        }
    }
}
