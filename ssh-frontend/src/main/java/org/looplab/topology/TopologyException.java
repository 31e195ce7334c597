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
}
