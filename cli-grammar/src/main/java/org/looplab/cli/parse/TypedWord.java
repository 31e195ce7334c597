package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.List;

/** One word of a typed line and the column where it starts. */
public record TypedWord(String text, int column) {
    /** Splits a line at spaces and tabs, keeping each word's column. */
    public static List<TypedWord> split(String line) {
        List<TypedWord> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new TypedWord(line.substring(start, i), start));
            }
        }
        return words;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
