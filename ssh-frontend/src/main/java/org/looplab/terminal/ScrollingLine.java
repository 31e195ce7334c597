package org.looplab.terminal;

/**
 * A line drawn as IOS's enhanced editing draws it on a terminal of a given width: a line longer than the
 * room after the prompt scrolls horizontally. When the cursor would pass the last column the text shifts
 * 10 characters left and a {@code $} in the first column stands for the hidden start; a {@code $} in the last
 * column stands for text hidden on the right; moving back onto the left {@code $} shifts 10 back.
 *
 * <p>The screen is brought up to date with plain bytes only, as IOS does: printable characters, {@code \b}
 * to move left, the characters already there to move right, spaces to blank what a shorter line no longer
 * covers. One instance per terminal row being edited; not thread-safe (the reader's lock guards it).
 */
final class ScrollingLine {
    /** IOS shifts a scrolled line by ten characters. */
    static final int SHIFT = 10;
    /** Below this much room after the prompt there is nothing to scroll: the line is drawn as it is. */
    private static final int MIN_ROOM = 4;

    /** The index of the text's first character hidden behind the left margin; 0 when nothing is hidden. */
    private int offset;
    /** The terminal row as drawn: the prompt's last line, then the visible part of the text. */
    private String drawn = "";
    /** The cursor's column on that row. */
    private int column;
    /** True when the row is not drawn yet: the next update writes the whole prompt first. */
    private boolean fresh = true;

    /** A new line to edit: nothing scrolled, nothing drawn. */
    void newLine() {
        offset = 0;
        forget();
    }

    /** The cursor is at the start of a new empty row (after a line end): the next update draws it all. */
    void forget() {
        fresh = true;
        drawn = "";
        column = 0;
    }

    /** The row's length when the cursor sits at its end: where a message or line end goes. */
    String toEnd() {
        String move = drawn.substring(Math.min(column, drawn.length()));
        column = drawn.length();
        return move;
    }

    /**
     * The bytes that turn the screen into {@code prompt} and {@code text} with the cursor at {@code cursor}
     * (an index into text), on a row of {@code columns} columns.
     */
    String update(String prompt, String text, int cursor, int columns) {
        int lineStart = prompt.lastIndexOf('\n') + 1;
        String promptLine = prompt.substring(lineStart);
        StringBuilder out = new StringBuilder();
        if (fresh) {
            out.append(prompt, 0, lineStart);
            fresh = false;
        }
        int room = columns - promptLine.length();
        String row = promptLine + view(text, cursor, room);
        int target = promptLine.length() + (room < MIN_ROOM ? cursor : cursor - offset);
        int same = 0;
        while (same < row.length() && same < drawn.length() && row.charAt(same) == drawn.charAt(same)) {
            same++;
        }
        if (same < row.length() || same < drawn.length()) {
            moveTo(same, out);
            out.append(row, same, row.length());
            column = row.length();
            int blank = drawn.length() - row.length();
            if (blank > 0) {
                out.append(" ".repeat(blank)).append("\b".repeat(blank));
            }
        }
        drawn = row;
        moveTo(target, out);
        return out.toString();
    }

    /** The visible part of {@code text}, the offset moved (10 at a time) so the cursor stays in view. */
    private String view(String text, int cursor, int room) {
        if (room < MIN_ROOM) {
            offset = 0;
            return text;
        }
        int step = Math.min(SHIFT, room / 2); // never more than the room, so a shift never undoes itself
        while (true) {
            int lastCursorColumn = fitsRight(text, room) ? room - 1 : room - 2;
            int at = cursor - offset;
            if (at > lastCursorColumn) {
                offset += step;
            } else if (offset > 0 && at < 1) {
                offset = Math.max(0, offset - step);
            } else {
                break;
            }
        }
        StringBuilder visible = new StringBuilder();
        int start = offset;
        if (offset > 0) {
            visible.append('$');
            start++;
        }
        if (fitsRight(text, room)) {
            visible.append(text, start, text.length());
        } else {
            visible.append(text, start, offset + room - 1).append('$');
        }
        return visible.toString();
    }

    /** True when the text from the offset on leaves the last column free for the cursor. */
    private boolean fitsRight(String text, int room) {
        return text.length() - offset <= room - 1;
    }

    /** Moves the cursor along the drawn row: back with {@code \b}, forward by writing what is there. */
    private void moveTo(int target, StringBuilder out) {
        if (target < column) {
            out.append("\b".repeat(column - target));
        } else if (target > column) {
            out.append(drawn, column, target);
        }
        column = target;
    }
}
