package org.looplab.cli.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.parse.ArgumentKind;
import org.looplab.cli.parse.Keywords;
import org.looplab.cli.parse.LineParser;
import org.looplab.cli.parse.OutputModifier;
import org.looplab.cli.parse.ParseResult;
import org.looplab.cli.parse.PipedLine;
import org.looplab.cli.parse.TypedWord;

/**
 * IOS's {@code ?}: after a space, what may come next, one entry a line in IOS columns and {@code <cr>}
 * when the command is already complete; glued to a partial word ({@code sh?}), the keywords it may start.
 * Both come from the grammar through {@link LineParser}, in the session's mode (and the parent modes it
 * falls through to when the words typed so far only fit there).
 */
public final class ContextHelp {
    static final String UNRECOGNIZED = "% Unrecognized command\n";

    private final LineParser parser;
    private final HelpTexts texts;

    public ContextHelp(LineParser parser, HelpTexts texts) {
        this.parser = parser;
        this.texts = texts;
    }

    /**
     * The help for {@code typed} (the line before the {@code ?}), ending with the blank line IOS prints
     * before it shows the prompt and the typed line again. {@code promptLength} places a caret.
     */
    public String help(String typed, Mode mode, int promptLength, int width) {
        PipedLine piped = PipedLine.of(typed);
        if (piped != null) {
            return pipeHelp(piped, mode, promptLength, width);
        }
        List<TypedWord> words = TypedWord.split(typed);
        boolean partial = !typed.isEmpty() && !Character.isWhitespace(typed.charAt(typed.length() - 1));
        List<TypedWord> before = partial ? words.subList(0, words.size() - 1) : words;
        Reading reading = read(typed, before, mode);
        if (reading.prefix().failure() != null) {
            return failure(reading.prefix().failure(), promptLength);
        }
        if (partial) {
            return partialWord(reading, words.get(words.size() - 1).text(), width);
        }
        String header = words.isEmpty() ? texts.header(mode.name()) : "";
        return header + nextWords(reading, width);
    }

    /** The words before the cursor as the mode that reads them furthest reads them. */
    record Reading(LineParser.Prefix prefix, Mode mode) {
    }

    Reading read(String typed, List<TypedWord> words, Mode mode) {
        Reading furthest = null;
        for (Mode candidate = mode; candidate != null;
                candidate = candidate.acceptsParentCommands() ? candidate.parent() : null) {
            LineParser.Prefix prefix = parser.resolveWords(typed, words, candidate.startRule());
            if (prefix.failure() == null) {
                return new Reading(prefix, candidate);
            }
            if (furthest == null || prefix.failure().progress() > furthest.prefix().failure().progress()) {
                furthest = new Reading(prefix, candidate);
            }
            if (prefix.failure() instanceof ParseResult.Ambiguous ambiguous && ambiguous.atCommand()) {
                break; // as a typed line
            }
        }
        return furthest;
    }

    private String nextWords(Reading reading, int width) {
        List<Token> tokens = reading.prefix().tokens();
        Mode mode = reading.mode();
        HelpContext context = HelpContext.after(types(tokens), mode);
        List<HelpTexts.Entry> entries = new ArrayList<>();
        List<HelpTexts.Entry> keywords = new ArrayList<>();
        if (!reading.prefix().endsInLine()) {
            for (int type : parser.expectedAfter(tokens, mode.startRule())) {
                HelpTexts.Entry entry = texts.entry(type, context);
                if (Keywords.isKeyword(type)) {
                    keywords.add(entry);
                } else if (!entries.contains(entry)) {
                    entries.add(entry); // an address or a name: IOS's one "WORD" line
                }
            }
        }
        keywords.sort(Comparator.comparing(entry -> entry.name().toLowerCase(java.util.Locale.ROOT)));
        entries.addAll(keywords);
        boolean complete = parser.isComplete(tokens, mode.startRule());
        if (complete && isShow(tokens)) {
            entries.add(new HelpTexts.Entry("|", "Output modifiers"));
        }
        if (entries.isEmpty() && !complete) {
            return UNRECOGNIZED;
        }
        return columns(entries, complete, width);
    }

    /**
     * {@code ?} after the {@code |} of a show command: the modifiers, a modifier's regular expression,
     * or the error in the command before the bar (IOS reads the line from its start).
     */
    private String pipeHelp(PipedLine piped, Mode mode, int promptLength, int width) {
        Reading command = read(piped.command(), TypedWord.split(piped.command()), mode);
        if (command.prefix().failure() != null) {
            return failure(command.prefix().failure(), promptLength);
        }
        if (!parser.isComplete(command.prefix().tokens(), command.mode().startRule())) {
            return caret(promptLength, piped.bar());
        }
        String text = piped.modifier();
        List<TypedWord> words = TypedWord.split(text);
        boolean partial = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        if (words.isEmpty()) {
            // Glued to the bar ("show run |?"), '?' asks which words start with '|'.
            return text.isEmpty() ? "|\n\n" : modifiers(width);
        }
        TypedWord first = words.get(0);
        List<OutputModifier> matching = OutputModifier.startingWith(first.text());
        if (words.size() == 1 && partial) {
            List<String> names = new ArrayList<>();
            matching.forEach(modifier -> names.add(modifier.keyword()));
            return names.isEmpty() ? UNRECOGNIZED : wrapped(names, width);
        }
        if (matching.size() != 1) {
            return caret(promptLength, piped.modifierColumn() + first.column());
        }
        OutputModifier modifier = matching.get(0);
        if (modifier.writesFile()) {
            return urlHelp(modifier, words, partial, width);
        }
        if (words.size() == 1) {
            return columns(List.of(new HelpTexts.Entry(OutputModifier.EXPRESSION_NAME,
                    OutputModifier.EXPRESSION_HELP)), false, width);
        }
        return columns(List.of(), true, width);
    }

    /** {@code ?} after {@code | redirect}, {@code | append}, {@code | tee [/append]}: the URL to write to. */
    private static String urlHelp(OutputModifier modifier, List<TypedWord> words, boolean partial, int width) {
        boolean option = modifier == OutputModifier.TEE && words.size() > 1
                && words.get(1).text().equalsIgnoreCase(OutputModifier.APPEND_OPTION);
        int urlWord = option ? 2 : 1;
        List<HelpTexts.Entry> entries = new ArrayList<>();
        if (modifier == OutputModifier.TEE && urlWord == 1) {
            entries.add(new HelpTexts.Entry(OutputModifier.APPEND_OPTION, OutputModifier.APPEND_OPTION_HELP));
        }
        modifier.fileSystems().forEach(system -> entries.add(new HelpTexts.Entry(system, OutputModifier.URL_HELP)));
        if (partial && words.size() == urlWord + 1) {
            String typed = words.get(urlWord).text().toLowerCase(java.util.Locale.ROOT);
            List<String> names = new ArrayList<>();
            entries.stream().map(HelpTexts.Entry::name).filter(name -> name.startsWith(typed)).forEach(names::add);
            return names.isEmpty() ? UNRECOGNIZED : wrapped(names, width);
        }
        return words.size() == urlWord ? columns(entries, false, width) : columns(List.of(), true, width);
    }

    private static String modifiers(int width) {
        List<HelpTexts.Entry> entries = new ArrayList<>();
        for (OutputModifier modifier : OutputModifier.values()) {
            entries.add(new HelpTexts.Entry(modifier.keyword(), modifier.help()));
        }
        return columns(entries, false, width);
    }

    /**
     * One entry a line, help texts aligned two spaces after the longest name, then {@code <cr>}. A help
     * text too long for the terminal wraps at a space and goes on under its first word, as IOS wraps
     * {@code append}'s.
     */
    private static String columns(List<HelpTexts.Entry> entries, boolean complete, int terminalWidth) {
        int width = 0;
        for (HelpTexts.Entry entry : entries) {
            width = Math.max(width, entry.name().length());
        }
        int indent = width + 4;
        StringBuilder out = new StringBuilder();
        for (HelpTexts.Entry entry : entries) {
            out.append("  ").append(entry.name());
            if (!entry.help().isEmpty()) {
                out.append(" ".repeat(width - entry.name().length() + 2));
                appendWrapped(out, entry.help(), indent, terminalWidth);
            }
            out.append('\n');
        }
        if (complete) {
            out.append("  <cr>\n");
        }
        return out.append('\n').toString();
    }

    /** {@code text} from column {@code indent}, its lines kept shorter than the terminal. */
    private static void appendWrapped(StringBuilder out, String text, int indent, int terminalWidth) {
        int room = terminalWidth <= 0 ? Integer.MAX_VALUE : Math.max(20, terminalWidth - 1 - indent);
        String rest = text;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                break;
            }
            out.append(rest, 0, cut).append('\n').append(" ".repeat(indent));
            rest = rest.substring(cut + 1);
        }
        out.append(rest);
    }

    private static List<Integer> types(List<Token> tokens) {
        return tokens.stream().map(Token::getType).toList();
    }

    /** Output modifiers ({@code | include}) apply to show commands, also after {@code do}. */
    private static boolean isShow(List<Token> tokens) {
        int first = 0;
        if (!tokens.isEmpty() && tokens.get(0).getType() == IosLexer.DO) {
            first = 1;
        }
        return tokens.size() > first && tokens.get(first).getType() == IosLexer.SHOW;
    }

    private String partialWord(Reading reading, String partial, int width) {
        List<Token> tokens = reading.prefix().tokens();
        Mode mode = reading.mode();
        List<String> names = new ArrayList<>();
        if (!reading.prefix().endsInLine()) {
            for (int type : parser.keywordsStartingWith(tokens, partial, mode.startRule())) {
                names.add(Keywords.text(type));
            }
            names.sort(String.CASE_INSENSITIVE_ORDER);
            if (names.isEmpty()) {
                HelpContext context = HelpContext.after(types(tokens), mode);
                for (int type : parser.expectedAfter(tokens, mode.startRule())) {
                    ArgumentKind kind = ArgumentKind.ofTokenType(type);
                    if (kind != null && kind.validPrefixLength(partial) == partial.length()) {
                        names.add(texts.entry(type, context).name());
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return UNRECOGNIZED;
        }
        return wrapped(names, width);
    }

    private static String wrapped(List<String> names, int width) {
        // Names two spaces apart, wrapped at the terminal width, as IOS lists them.
        StringBuilder out = new StringBuilder();
        int column = 0;
        int limit = width <= 0 ? Integer.MAX_VALUE : width;
        for (String name : names) {
            if (column > 0 && column + 2 + name.length() >= limit) {
                out.append('\n');
                column = 0;
            }
            if (column > 0) {
                out.append("  ");
                column += 2;
            }
            out.append(name);
            column += name.length();
        }
        return out.append("\n\n").toString();
    }

    private static String failure(ParseResult failure, int promptLength) {
        if (failure instanceof ParseResult.Ambiguous ambiguous) {
            return "% Ambiguous command:  \"" + ambiguous.typedSoFar().strip() + "\"\n";
        }
        if (failure instanceof ParseResult.Invalid invalid && invalid.wordIndex() > 0) {
            return caret(promptLength, invalid.caretColumn());
        }
        return UNRECOGNIZED;
    }

    private static String caret(int promptLength, int column) {
        return " ".repeat(promptLength + column) + "^\n% Invalid input detected at '^' marker.\n\n";
    }
}
