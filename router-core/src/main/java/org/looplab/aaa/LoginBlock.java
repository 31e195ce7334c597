package org.looplab.aaa;

import java.util.ArrayDeque;
import java.util.Deque;
import org.looplab.acl.AccessLists;
import org.looplab.acl.PacketFields;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;
import org.looplab.vty.LoginMessages;

/**
 * {@code login block-for SEC attempts N within SEC} and {@code login quiet-mode access-class ACL}: N failed
 * logins within the watch window put the router in quiet mode for SEC seconds of the virtual clock, during
 * which every telnet and SSH connection is refused unless the quiet-mode access class permits its source
 * (IOS applies its own {@code sl_def_acl} otherwise). Failures are counted by {@link LoginAuthentication},
 * connections refused by {@link org.looplab.vty.VtyAccess}, so host and in-band sessions are treated alike.
 * Kernel thread only.
 */
public final class LoginBlock {
    private static final long NANOS = 1_000_000_000L;

    private int blockForSeconds;
    private int attempts;
    private int withinSeconds;
    private String quietAccessClass;
    private final Deque<Long> failures = new ArrayDeque<>();
    private SimEvent quietEnds;

    public static LoginBlock of(Router router) {
        return router.attachment(LoginBlock.class, r -> new LoginBlock());
    }

    public boolean enabled() {
        return blockForSeconds > 0;
    }

    public void configure(int blockFor, int attempts, int within) {
        this.blockForSeconds = blockFor;
        this.attempts = attempts;
        this.withinSeconds = within;
        failures.clear();
    }

    public void disable() {
        blockForSeconds = 0;
        failures.clear();
        if (quietEnds != null) {
            quietEnds.cancel();
            quietEnds = null;
        }
    }

    public int blockForSeconds() {
        return blockForSeconds;
    }

    public int attempts() {
        return attempts;
    }

    public int withinSeconds() {
        return withinSeconds;
    }

    public String quietAccessClass() {
        return quietAccessClass;
    }

    public void setQuietAccessClass(String name) {
        this.quietAccessClass = name;
    }

    public boolean quiet() {
        return quietEnds != null;
    }

    /** True when quiet mode refuses a connection from {@code source} to {@code local}:{@code port}. */
    public static boolean refuses(Router router, Ipv4Address source, Ipv4Address local, int port) {
        LoginBlock block = router.attachmentIfPresent(LoginBlock.class);
        if (block == null || !block.quiet()) {
            return false;
        }
        AccessLists acls = router.attachmentIfPresent(AccessLists.class);
        return block.quietAccessClass == null || acls == null
                || !acls.permits(block.quietAccessClass, PacketFields.connection(source, local, port));
    }

    /** Counts a failed login; the Nth within the window turns quiet mode on. */
    static void failed(Router router, LoginAuthentication.Attempt attempt) {
        LoginBlock block = router.attachmentIfPresent(LoginBlock.class);
        if (block == null || !block.enabled() || block.quiet()) {
            return;
        }
        long now = router.kernel().now();
        while (!block.failures.isEmpty() && now - block.failures.peekFirst() >= block.withinSeconds * NANOS) {
            block.failures.removeFirst();
        }
        block.failures.addLast(now);
        if (block.failures.size() < block.attempts) {
            return;
        }
        long timeLeft = Math.max(0, (block.failures.peekFirst() + block.withinSeconds * NANOS - now + NANOS - 1) / NANOS);
        block.failures.clear();
        router.log(LoginMessages.quietModeOn(timeLeft, attempt.user() == null ? "" : attempt.user(), attempt.source(),
                attempt.localPort(), block.quietAccessClass == null ? "sl_def_acl" : block.quietAccessClass,
                router.lab().calendarAt(now)));
        block.quietEnds = router.kernel().schedule(block.blockForSeconds * NANOS, () -> {
            block.quietEnds = null;
            router.log(LoginMessages.quietModeOff(router.lab().calendarAt(router.kernel().now())));
        });
    }
}
