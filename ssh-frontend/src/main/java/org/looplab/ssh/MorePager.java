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

    void show(String output, int terminalLength) throws IOException {
        if (terminalLength <= 0 || output.isEmpty()) {
            io.print(output);
            return;
        }
        String[] lines = output.split("(?<=\n)");
        int pageLines = Math.max(1, terminalLength - 1);
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
                return;
            }
            io.print(MORE);
            int key = io.readKey();
            io.print(ERASE_MORE);
            if (key == ' ') {
                allowed = pageLines;
            } else if (key == '\r' || key == '\n') {
                allowed = 1;
            } else {
                return;
            }
        }
    }
}
