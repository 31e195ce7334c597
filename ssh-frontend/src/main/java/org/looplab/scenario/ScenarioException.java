package org.looplab.scenario;

import java.util.List;

/** A scenario file that cannot run: every bad line as {@code FILE:LINE: reason}, ready for a user. */
public final class ScenarioException extends Exception {
    private final List<String> errors;

    public ScenarioException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
