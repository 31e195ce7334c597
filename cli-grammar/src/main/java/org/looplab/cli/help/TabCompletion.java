package org.looplab.cli.help;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.parse.Keywords;
import org.looplab.cli.parse.LineParser;
import org.looplab.cli.parse.OutputModifier;
import org.looplab.cli.parse.PipedLine;
import org.looplab.cli.parse.TypedWord;

/**
 * IOS's Tab: the partial word before the cursor becomes the keyword it selects (the one it spells out,
 * else the only one it starts: {@link Keywords#selected}), with a space after it. When it starts none or
 * several, the line stays as it is.
 */
public final class TabCompletion {
    private final LineParser parser;
    private final ContextHelp reader;

    public TabCompletion(LineParser parser, ContextHelp reader) {
        this.parser = parser;
        this.reader = reader;
    }

    /** The completed line, or {@code typed} itself when there is nothing to complete. */
    public String complete(String typed, Mode mode) {
        if (typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            return typed;
        }
        PipedLine piped = PipedLine.of(typed);
        if (piped != null) {
            return completeModifier(typed, piped);
        }
        List<TypedWord> words = TypedWord.split(typed);
        TypedWord partial = words.get(words.size() - 1);
        ContextHelp.Reading reading = reader.read(typed, words.subList(0, words.size() - 1), mode);
        if (reading.prefix().failure() != null || reading.prefix().endsInLine()) {
            return typed;
        }
        List<Token> tokens = reading.prefix().tokens();
        List<Integer> keywords = parser.keywordsStartingWith(tokens, partial.text(), reading.mode().startRule());
        int keyword = Keywords.selected(keywords, partial.text());
        return keyword < 0 ? typed : typed.substring(0, partial.column()) + Keywords.text(keyword) + " ";
    }

    /** Tab on the word after a show command's {@code |}: the one output modifier it starts. */
    private static String completeModifier(String typed, PipedLine piped) {
        List<TypedWord> words = TypedWord.split(piped.modifier());
        if (words.size() != 1) {
            return typed;
        }
        List<OutputModifier> matching = OutputModifier.startingWith(words.get(0).text());
        if (matching.size() != 1) {
            return typed;
        }
        return typed.substring(0, piped.modifierColumn() + words.get(0).column()) + matching.get(0).keyword() + " ";
    }
}
