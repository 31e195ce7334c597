package org.looplab.cli.command;

/**
 * A word the grammar accepts whose value does not fit (privilege 16, an interface the router does not
 * have): IOS reports it as invalid input with the caret at the start of the word.
 */
public final class InvalidArgumentException extends RuntimeException {
    private final int column;

    public InvalidArgumentException(int column) {
        super(null, null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
