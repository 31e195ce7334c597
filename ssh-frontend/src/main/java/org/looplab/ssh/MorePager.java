package org.looplab.ssh;

import java.io.IOException;

/**
 * IOS's {@code --More--}: output longer than the terminal length stops after a screenful; space shows the
 * next screen, Enter one more line, any other key drops the rest. {@code terminal length 0} turns it off.
 */
final class MorePager {
    private static final String MORE = " --More-- ";
    private static final String ERASE_MORE = "\r" + " ".repeat(MORE.length()) + "\r";

    private final ShellIo io;

    MorePager(ShellIo io) {
        this.io = io;
    }

    /** Prints {@code output} a screenful at a time; true when it stopped for a key on the way. */
    boolean show(String output, int terminalLength) throws IOException {
        int pageLines = Math.max(1, terminalLength - 1);
        if (terminalLength <= 0 || lineCount(output) <= pageLines) {
            io.print(output); // most outputs: no splitting (a regex compiled per pasted line before)
            return false;
        }
        String[] lines = output.split("(?<=\n)");
        int shown = 0;
        int allowed = pageLines;
        while (shown < lines.length) {
            StringBuilder chunk = new StringBuilder();
            while (shown < lines.length && allowed > 0) {
                chunk.append(lines[shown++]);
                allowed--;
            }
            io.print(chunk.toString());
            if (shown >= lines.length) {
                return true;
            }
            io.print(MORE);
            int key = io.readKey();
            io.print(ERASE_MORE);
            if (key == ' ') {
                allowed = pageLines;
            } else if (key == '\r' || key == '\n') {
                allowed = 1;
            } else {
                return true;
            }
        }
        return true;
    }

    /** The lines {@code output} prints: one per line end, and a last one without its end. */
    private static int lineCount(String output) {
        int ends = 0;
        for (int at = output.indexOf('\n'); at >= 0; at = output.indexOf('\n', at + 1)) {
            ends++;
        }
        return output.isEmpty() || output.endsWith("\n") ? ends : ends + 1;
    }
}
