package org.looplab.log;

/** One syslog message: when it was logged (virtual nanoseconds) and its text ({@code %FAC-SEV-MNEMONIC: ...}). */
public record LogMessage(long timeNanos, String text) {
}
