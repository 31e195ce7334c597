package org.looplab.ssh;

/** What the user did at a prompt: typed a line, pressed Ctrl-Z, or closed the input. */
record ShellInput(Kind kind, String line) {
    enum Kind { LINE, CTRL_Z, END }

    static final ShellInput CTRL_Z = new ShellInput(Kind.CTRL_Z, "");
    static final ShellInput END = new ShellInput(Kind.END, "");

    static ShellInput line(String text) {
        return new ShellInput(Kind.LINE, text);
    }
}
