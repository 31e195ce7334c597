package org.looplab.aaa;

import java.time.Instant;
import org.looplab.router.Router;
import org.looplab.vty.LoginMessages;

/**
 * {@code login on-failure log [every N]} and {@code login on-success log [every N]}: which vty logins a
 * router logs. As IOS 15: a failure is logged with {@code login on-failure log}, and also whenever
 * {@code login block-for} watches the logins; a success only with {@code login on-success log}. With
 * {@code every N}, one in N is logged (the Nth, 2Nth...). Kernel thread only.
 */
public final class LoginLogging {
    /** 0: not configured; else log every Nth. */
    private int failureEvery;
    private int successEvery;
    private long failures;
    private long successes;

    public static LoginLogging of(Router router) {
        return router.attachment(LoginLogging.class, r -> new LoginLogging());
    }

    public static LoginLogging ifPresent(Router router) {
        return router.attachmentIfPresent(LoginLogging.class);
    }

    /** Sets {@code login on-failure log [every N]} (every 1 without it), or with 0 removes it. */
    public void setFailureEvery(int every) {
        failureEvery = every;
        failures = 0;
    }

    public void setSuccessEvery(int every) {
        successEvery = every;
        successes = 0;
    }

    public int failureEvery() {
        return failureEvery;
    }

    public int successEvery() {
        return successEvery;
    }

    /** Logs {@code %SEC_LOGIN-5-LOGIN_SUCCESS} when the router's configuration asks for it. */
    public static void success(Router router, String user, String source, int localPort) {
        LoginLogging logging = ifPresent(router);
        if (logging != null && logging.successEvery > 0 && ++logging.successes % logging.successEvery == 0) {
            router.log(LoginMessages.success(user, source, localPort, now(router)));
        }
    }

    /** Logs {@code %SEC_LOGIN-4-LOGIN_FAILED} when the router's configuration asks for it. */
    public static void failure(Router router, String user, String source, int localPort) {
        LoginLogging logging = ifPresent(router);
        boolean configured = logging != null && logging.failureEvery > 0;
        if (configured ? ++logging.failures % logging.failureEvery == 0 : watchedByLoginBlock(router)) {
            router.log(LoginMessages.failure(user, source, localPort, now(router)));
        }
    }

    private static boolean watchedByLoginBlock(Router router) {
        LoginBlock block = router.attachmentIfPresent(LoginBlock.class);
        return block != null && block.enabled();
    }

    private static Instant now(Router router) {
        return router.lab().calendarAt(router.kernel().now());
    }
}
