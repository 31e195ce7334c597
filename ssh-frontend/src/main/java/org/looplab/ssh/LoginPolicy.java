package org.looplab.ssh;

import java.time.Duration;

/**
 * How many password attempts a connection gets and how long a failed one waits before its answer. IOS's
 * defaults: {@code ip ssh authentication-retries 3}, and {@code login delay 1} (one second). The delay is
 * on the wall clock: it slows a password guesser down, it is not simulated time.
 */
public record LoginPolicy(int attempts, Duration failureDelay) {
    public static final LoginPolicy IOS_DEFAULT = new LoginPolicy(3, Duration.ofSeconds(1));

    public LoginPolicy {
        if (attempts < 1 || failureDelay.isNegative()) {
            throw new IllegalArgumentException("at least one attempt and a delay of zero or more");
        }
    }
}
