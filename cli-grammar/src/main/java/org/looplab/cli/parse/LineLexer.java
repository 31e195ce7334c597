package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosLexer;

/**
 * Reads a line the way the lexer does, for the full-keyword path: full keywords, argument kinds, WORDs,
 * with interface names glued to their number split in two.
 */
final class LineLexer {
    /** Stands for every character beyond ASCII while the lexer reads a line. */
    private static final char NON_ASCII = '\u007f';

    private LineLexer() {
    }

    /**
     * The lexer's DFA only covers ASCII, so every other character (random bytes, pasted text) costs a
     * full ATN simulation. Like DEL, such a character can only be part of a WORD, so the lexer reads DEL
     * in its place (one per code point, so positions stay the same) and the tokens get the typed text back.
     */
    static List<Token> read(String line) {
        int[] codePoints = null;
        String lexed = line;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) > 127) {
                codePoints = line.codePoints().toArray();
                char[] ascii = new char[codePoints.length];
                for (int j = 0; j < codePoints.length; j++) {
                    ascii[j] = codePoints[j] > 127 ? NON_ASCII : (char) codePoints[j];
                }
                lexed = new String(ascii);
                break;
            }
        }
        IosLexer lexer = new IosLexer(CharStreams.fromString(lexed));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (codePoints != null) {
                int start = token.getStartIndex();
                ((CommonToken) token).setText(new String(codePoints, start, token.getStopIndex() - start + 1));
            }
            splitGluedKeyword(token, tokens);
        }
        return tokens;
    }

    /**
     * Adds a lexed token, split in two when it is a full keyword glued to a number as IOS writes interface
     * names ({@code Loopback0}, {@code GigabitEthernet0/1}): the lexer's longest match makes those one WORD.
     */
    private static void splitGluedKeyword(Token token, List<Token> tokens) {
        String text = token.getText();
        int split = 0;
        while (split < text.length() && (Character.isLetter(text.charAt(split)) || split > 0 && text.charAt(split) == '-')) {
            split++;
        }
        if (token.getType() == IosLexer.WORD && split > 0 && split < text.length()) {
            String number = text.substring(split);
            int keyword = Keywords.typeOf(text.substring(0, split));
            ArgumentKind kind = ArgumentKind.DEC.fits(number) ? ArgumentKind.DEC
                    : ArgumentKind.SLOT_PORT.fits(number) ? ArgumentKind.SLOT_PORT
                    : ArgumentKind.ASDOT.fits(number) ? ArgumentKind.ASDOT
                    : ArgumentKind.IF_NUMBER.fits(number) ? ArgumentKind.IF_NUMBER : null;
            if (keyword > 0 && kind != null) {
                int column = token.getCharPositionInLine();
                tokens.add(LineParser.token(keyword, text.substring(0, split), column));
                tokens.add(LineParser.token(kind.tokenType(), number, column + split));
                return;
            }
        }
        tokens.add(token);
    }
}
