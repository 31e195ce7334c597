package org.looplab.ssh;

/**
 * What the user did at a prompt: typed a line, pressed Ctrl-Z, typed IOS's escape sequence (Ctrl-^ x,
 * which suspends an outgoing session), or closed the input.
 */
record ShellInput(Kind kind, String line) {
    enum Kind { LINE, CTRL_Z, ESCAPE, END }

    static final ShellInput CTRL_Z = new ShellInput(Kind.CTRL_Z, "");
    static final ShellInput ESCAPE = new ShellInput(Kind.ESCAPE, "");
    static final ShellInput END = new ShellInput(Kind.END, "");

    static ShellInput line(String text) {
        return new ShellInput(Kind.LINE, text);
    }
}
