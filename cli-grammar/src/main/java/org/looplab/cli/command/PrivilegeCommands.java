package org.looplab.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosParser.Cfg_no_privilegeContext;
import org.looplab.cli.grammar.IosParser.Cfg_privilegeContext;
import org.looplab.cli.grammar.IosParser.Privilege_modeContext;
import org.looplab.cli.parse.Keywords;
import org.looplab.cli.parse.LineParser;
import org.looplab.cli.parse.ParseResult;
import org.looplab.cli.parse.StartRule;
import org.looplab.cli.parse.TypedWord;
import org.looplab.cli.privilege.PrivilegeModes;

/**
 * Builds {@code privilege MODE [all] level N COMMAND}: COMMAND is read with the named mode's grammar, so
 * abbreviations are spelled out ({@code sh run} is {@code show running-config}) and a word that is no
 * keyword of that mode gets the caret.
 */
final class PrivilegeCommands {
    private PrivilegeCommands() {
    }

    static Command set(Cfg_privilegeContext ctx) {
        String mode = mode(ctx.privilege_mode());
        List<String> keywords = keywords(mode, ctx.command);
        Integer level = ctx.level == null ? null : ArgumentValues.number(ctx.level, 0, 15);
        return new SetCommandPrivilege(mode, keywords, level, ctx.ALL() != null);
    }

    static Command remove(Cfg_no_privilegeContext ctx) {
        String mode = mode(ctx.privilege_mode());
        return new SetCommandPrivilege(mode, keywords(mode, ctx.command), null, false);
    }

    private static String mode(Privilege_modeContext mode) {
        return mode.getText().toLowerCase(Locale.ROOT);
    }

    /** The command's keywords in full, read with the first of the mode's grammars that reads them all. */
    private static List<String> keywords(String mode, Token command) {
        String text = command.getText();
        List<TypedWord> words = TypedWord.split(text);
        LineParser parser = new LineParser();
        int caret = -1;
        for (StartRule rule : PrivilegeModes.rules(mode)) {
            LineParser.Prefix prefix = parser.resolveWords(text, words, rule);
            int stop = prefix.failure() instanceof ParseResult.Invalid invalid ? invalid.caretColumn()
                    : prefix.failure() != null ? words.get(prefix.tokens().size() < words.size() ? prefix.tokens().size() : 0).column() : -1;
            List<String> keywords = new ArrayList<>();
            for (Token token : prefix.tokens()) {
                if (!Keywords.isKeyword(token.getType())) {
                    // An argument ends the keywords IOS gives levels to; IOS takes keywords only.
                    stop = token.getCharPositionInLine();
                    break;
                }
                keywords.add(Keywords.text(token.getType()).toLowerCase(Locale.ROOT));
            }
            if (stop < 0) {
                return keywords;
            }
            caret = Math.max(caret, stop);
        }
        throw new InvalidArgumentException(command.getCharPositionInLine() + caret);
    }
}
