package org.looplab.cli.parse;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;

/**
 * Stops at the first token that does not fit, like {@link BailErrorStrategy}, without composing the
 * error message ANTLR would report: the engine probes thousands of candidate tokens and only needs to
 * know where the parser stopped.
 */
final class QuietBailStrategy extends BailErrorStrategy {
    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
    }
}
