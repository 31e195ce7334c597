package org.looplab.lab;

/** A lab that cannot start; the message is one line for the user. */
public final class LabStartupException extends Exception {
    public LabStartupException(String message) {
        super(message);
    }
}
