package org.looplab.cli.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** As FRR checks its DEFUN help strings: every token that can be typed has help text. */
class HelpTextCoverageTest {
    /** Tokens that are never typed: CURSOR (kept in the lexer) matches nothing; WS is skipped. */
    private static final List<String> NEVER_TYPED = List.of("CURSOR", "WS");

    @Test
    void everyKeywordAndArgumentKindHasHelpText() throws IOException {
        Properties help = new Properties();
        try (InputStream in = getClass().getResourceAsStream("help.properties")) {
            assertNotNull(in, "help.properties beside the grammar");
            help.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (int type = 1; type <= IosLexer.VOCABULARY.getMaxTokenType(); type++) {
            String name = IosLexer.VOCABULARY.getSymbolicName(type);
            if (name != null && !NEVER_TYPED.contains(name)
                    && (help.getProperty(name) == null || help.getProperty(name).isBlank())) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "tokens of IosLexer.g4 without help text");
    }
}
