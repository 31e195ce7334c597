package org.looplab.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bytes of IOS's horizontal scrolling at 80 columns: plain characters, backspaces and spaces only. */
class ScrollingLineTest {
    private static final String PROMPT = "R1(config)#"; // 11 columns: 69 left for the text
    private static final String LINE = "access-list 101 permit tcp 10.15.22.0 0.0.0.255 host 10.15.22.35 eq 22";

    @Test
    void typingEchoesEachCharacterUntilTheMarginThenShiftsTenAndMarksTheLeft() {
        ScrollingLine line = new ScrollingLine();
        line.newLine();
        assertEquals(PROMPT, line.update(PROMPT, "", 0, 80));
        for (int typed = 1; typed <= 68; typed++) {
            assertEquals(LINE.substring(typed - 1, typed), line.update(PROMPT, LINE.substring(0, typed), typed, 80));
        }
        // The 69th character would leave the cursor past the last column: 10 characters go behind a '$'.
        String shifted = "$" + LINE.substring(11, 69);
        assertEquals("\b".repeat(68) + shifted + " ".repeat(68 - shifted.length()) + "\b".repeat(68 - shifted.length()),
                line.update(PROMPT, LINE.substring(0, 69), 69, 80));
        assertEquals(LINE.substring(69, 70), line.update(PROMPT, LINE.substring(0, 70), 70, 80));

        // Ctrl-A: back to the start, the hidden end marked by a '$' in the last column.
        String start = LINE.substring(0, 68) + "$";
        assertEquals("\b".repeat(shifted.length() + 1) + start + "\b".repeat(start.length()),
                line.update(PROMPT, LINE.substring(0, 70), 0, 80));
        // Ctrl-F moves right by writing what is there.
        assertEquals("a", line.update(PROMPT, LINE.substring(0, 70), 1, 80));
    }

    @Test
    void backspaceAndInsertRedrawTheRestWithoutEscapes() {
        ScrollingLine line = new ScrollingLine();
        line.newLine();
        line.update("R1#", "show", 4, 80);
        assertEquals("\b \b", line.update("R1#", "sho", 3, 80));
        assertEquals("\b\b", line.update("R1#", "sho", 1, 80));
        assertEquals("Xho\b\b", line.update("R1#", "sXho", 2, 80));
        assertEquals("\bho \b\b\b", line.update("R1#", "sho", 1, 80));
    }

    @Test
    void movingBackOntoTheLeftMarkShiftsTenBack() {
        ScrollingLine line = new ScrollingLine();
        line.newLine();
        line.update(PROMPT, LINE, LINE.length(), 80); // offset 10: '$' then text from index 11
        assertEquals("\b".repeat(LINE.length() - 11), line.update(PROMPT, LINE, 11, 80));
        assertEquals("\b" + LINE.substring(0, 68) + "$" + "\b".repeat(69 - 10), line.update(PROMPT, LINE, 10, 80));
    }
}
