package org.looplab.cli.mode;

import org.looplab.cli.parse.StartRule;

/**
 * A CLI mode as data: its name, the mode {@code exit} returns to, the prompt suffix after the hostname,
 * the grammar start rule that says what it accepts, and whether commands of the parent mode are accepted
 * too (IOS lets you type {@code interface Lo2} or {@code hostname X} in config-if: the command runs and
 * the session moves to the parent mode).
 */
public record Mode(String name, Mode parent, String promptSuffix, StartRule startRule,
        boolean acceptsParentCommands, Kind kind) {

    public enum Kind {
        /** User or privileged EXEC: a lone unknown word is taken for a host name. */
        EXEC,
        /** Global configuration or one of its sub-modes. */
        CONFIGURATION
    }

    public boolean isExec() {
        return kind == Kind.EXEC;
    }

    public boolean isConfiguration() {
        return kind == Kind.CONFIGURATION;
    }

    public String prompt(String hostname) {
        return hostname + promptSuffix;
    }

    @Override
    public String toString() {
        return name;
    }
}
