package org.looplab.cli.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser;

/** A mode's start rule, such as {@code IosParser::exec_line}: it must end in EOF. */
@FunctionalInterface
public interface StartRule {
    ParserRuleContext parse(IosParser parser);
}
