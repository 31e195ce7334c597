package org.looplab.ssh;

/**
 * What the user did at a prompt: typed a line, pressed Ctrl-Z (with the text typed before it, if any),
 * typed IOS's escape sequence (Ctrl-^ x, which suspends an outgoing session), or closed the input.
 */
record ShellInput(Kind kind, String line) {
    enum Kind { LINE, CTRL_Z, ESCAPE, END }

    static final ShellInput CTRL_Z = ctrlZ("");
    static final ShellInput ESCAPE = new ShellInput(Kind.ESCAPE, "");
    static final ShellInput END = new ShellInput(Kind.END, "");

    /** Ctrl-Z pressed after {@code typed} (empty for Ctrl-C, which drops the line). */
    static ShellInput ctrlZ(String typed) {
        return new ShellInput(Kind.CTRL_Z, typed);
    }

    static ShellInput line(String text) {
        return new ShellInput(Kind.LINE, text);
    }
}
