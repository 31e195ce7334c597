package org.looplab.topology;

import java.nio.file.Path;

/** A topology file that cannot be used; the message is {@code FILE:LINE: reason}, ready for a user. */
public final class TopologyException extends Exception {
    public TopologyException(Path file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
    }

    public TopologyException(String message) {
        super(message);
    }

    /** Several errors found in one reading (bad nodes and links), one {@code FILE:LINE: reason} a line. */
    public TopologyException(java.util.List<String> errors) {
        super(String.join("\n", errors));
    }

    /** Each error of the message, one a line. */
    public java.util.List<String> errors() {
        return java.util.List.of(getMessage().split("\n"));
    }
}
