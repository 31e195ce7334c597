package org.looplab.aaa;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.looplab.config.Secret;
import org.looplab.config.TerminalLine;
import org.looplab.config.UserAccount;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;

/**
 * The one way a session logs in to a router, host-side SSH and in-band telnet/ssh alike: the line's
 * method list is tried in order, and the next method is used only when one errors (an unknown local user,
 * no line password or enable secret set, a server group that does not answer), never when one fails, as
 * IOS documents for {@code aaa authentication login}: "The additional methods of authentication are used
 * only if the previous method returns an error, not if it fails." Without {@code aaa new-model} the line
 * decides: {@code login local} (and any SSH login) checks the username table, {@code login} the line
 * password. With it, the list the line names ({@code login authentication LIST}), else the default list,
 * else the username table. The privilege comes from the username only with {@code aaa authorization exec
 * default local} (or without AAA); otherwise it is the line's {@code privilege level}, 1 by default.
 * Kernel thread only; the result may complete later (a RADIUS server answers from the host).
 */
public final class LoginAuthentication {
    /** Hashed instead of a missing user's secret, one per hash type, made when first needed. */
    private static final java.util.Map<Integer, Secret> UNKNOWN_USER_SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

    private LoginAuthentication() {
    }

    public enum Status { PASS, FAIL, ERROR }

    /** One login attempt: on which line and vty session, the user (null when not asked) and password. */
    public record Attempt(TerminalLine line, VtySessions.Session vty, TerminalLine.Transport transport,
                          String user, String password, String source, int localPort) {
    }

    /** What the method list said, the privilege the session gets, and the method that decided. */
    public record Result(Status status, int privilege, AaaMethod method) {
        public boolean passed() {
            return status == Status.PASS;
        }
    }

    /** Answers a {@code group} method: a server group's verdict for the attempt (ERROR when no server answers). */
    public interface GroupMethod {
        CompletableFuture<GroupVerdict> authenticate(Router router, String group, Attempt attempt);
    }

    /** A server's verdict and, when it passed, the privilege it grants (null when it says none). */
    public record GroupVerdict(Status status, Integer privilege) {
    }

    /** The methods tried for a login on {@code line} over {@code transport}, in order. */
    public static List<AaaMethod> methods(Router router, TerminalLine line, TerminalLine.Transport transport) {
        AaaSettings aaa = AaaSettings.ifPresent(router);
        if (aaa == null || !aaa.newModel()) {
            boolean local = transport == TerminalLine.Transport.SSH || line == null
                    || line.effectiveLogin() == TerminalLine.Login.LOCAL;
            if (local) {
                return List.of(AaaMethod.LOCAL);
            }
            return line.effectiveLogin() == null ? List.of(AaaMethod.NONE) : List.of(AaaMethod.LINE);
        }
        String name = line == null || line.loginAuthentication() == null ? AaaSettings.DEFAULT_LIST
                : line.loginAuthentication();
        List<AaaMethod> methods = aaa.loginLists().get(name);
        if (methods != null) {
            return methods;
        }
        // No default list: the local username table. A named list that does not exist lets nobody in.
        return name.equals(AaaSettings.DEFAULT_LIST) ? List.of(AaaMethod.LOCAL) : List.of();
    }

    /** True when a telnet login asks "Username:" first (the first method checks a user, or there is none). */
    public static boolean asksUserName(List<AaaMethod> methods) {
        return methods.isEmpty() || methods.get(0).needsUserName();
    }

    /** True when the session starts without any question ({@code none} first). */
    public static boolean asksNothing(List<AaaMethod> methods) {
        return !methods.isEmpty() && methods.get(0).kind() == AaaMethod.Kind.NONE;
    }

    /**
     * Tries the attempt against the line's methods. On success, {@code aaa accounting exec} starts its
     * record, and stops it when the vty session closes.
     */
    public static CompletableFuture<Result> authenticate(Router router, Attempt attempt) {
        List<AaaMethod> methods = methods(router, attempt.line(), attempt.transport());
        return tryFrom(router, attempt, methods, 0).thenApply(result -> {
            if (result.passed()) {
                ExecAccounting.start(router, attempt, result);
            } else {
                LoginBlock.failed(router, attempt);
            }
            return result;
        });
    }

    /**
     * A login whose user SSH has already authenticated by public key ({@code ip ssh pubkey-chain}): as on
     * IOS no login method list is asked, only authorization. Without {@code aaa new-model}, or with it but
     * no {@code aaa authorization exec} list, the privilege is as for a password login; with a list, its
     * methods are tried in order: {@code local} grants the username's privilege and fails for a user the
     * username table lacks, {@code none} (and {@code if-authenticated}) the line's level; a server group is
     * not asked for authorization alone here, so it counts as an error and the next method decides.
     * Accounting starts on success. Kernel thread only.
     */
    public static Result publicKey(Router router, Attempt attempt) {
        Result result = authorizePublicKey(router, attempt);
        if (result.passed()) {
            ExecAccounting.start(router, attempt, result);
        }
        return result;
    }

    private static Result authorizePublicKey(Router router, Attempt attempt) {
        AaaSettings aaa = AaaSettings.ifPresent(router);
        List<AaaMethod> authorization = aaa == null || !aaa.newModel() ? null
                : aaa.execAuthorization().get(AaaSettings.DEFAULT_LIST);
        if (authorization == null) {
            return new Result(Status.PASS, privilege(router, attempt, AaaMethod.LOCAL, null), AaaMethod.LOCAL);
        }
        for (AaaMethod step : authorization) {
            if (step.kind() == AaaMethod.Kind.LOCAL) {
                UserAccount account = router.user(attempt.user());
                return account == null ? new Result(Status.FAIL, 0, step) : new Result(Status.PASS, account.privilege(), step);
            }
            if (step.kind() == AaaMethod.Kind.NONE) {
                return new Result(Status.PASS, privilege(router, attempt, step, null), step);
            }
        }
        return new Result(Status.FAIL, 0, null);
    }

    private static CompletableFuture<Result> tryFrom(Router router, Attempt attempt, List<AaaMethod> methods, int index) {
        if (index >= methods.size()) {
            return CompletableFuture.completedFuture(new Result(Status.FAIL, 0, null));
        }
        AaaMethod method = methods.get(index);
        CompletableFuture<GroupVerdict> verdict = method.kind() == AaaMethod.Kind.GROUP
                ? groupMethod(router).authenticate(router, method.group(), attempt)
                : CompletableFuture.completedFuture(check(router, attempt, method));
        return router.kernel().onKernelThread(verdict).thenCompose(answer -> {
            if (answer.status() == Status.ERROR) {
                return tryFrom(router, attempt, methods, index + 1);
            }
            int privilege = answer.status() == Status.PASS ? privilege(router, attempt, method, answer.privilege()) : 0;
            return CompletableFuture.completedFuture(new Result(answer.status(), privilege, method));
        });
    }

    /**
     * What an unknown user's password is hashed against: a random secret of the costliest hash type among
     * the router's users (scrypt over PBKDF2 over MD5-crypt), so that no answer comes sooner for a name that
     * does not exist than for one that does (with every user of one type, the work is the same).
     */
    private static Secret unknownUserSecret(Router router) {
        int type = 5;
        for (UserAccount user : router.users()) {
            Secret secret = user.secret();
            if (secret != null && (secret.type() == 9 || secret.type() == 8 && type != 9)) {
                type = secret.type();
            }
        }
        return UNKNOWN_USER_SECRETS.computeIfAbsent(type, chosen ->
                Secret.fromPlainText(Long.toHexString(new SecureRandom().nextLong()), chosen, new SecureRandom()));
    }

    private static GroupVerdict check(Router router, Attempt attempt, AaaMethod method) {
        String password = attempt.password() == null ? "" : attempt.password();
        switch (method.kind()) {
            case NONE:
                return new GroupVerdict(Status.PASS, null);
            case LOCAL: {
                UserAccount account = attempt.user() == null ? null : router.user(attempt.user());
                Secret secret = account == null ? null : account.secret();
                boolean matches = (secret != null ? secret : unknownUserSecret(router)).matches(password);
                if (secret == null) {
                    return new GroupVerdict(Status.ERROR, null);
                }
                return new GroupVerdict(matches ? Status.PASS : Status.FAIL, null);
            }
            case ENABLE: {
                Secret enable = router.enableSecret() != null ? router.enableSecret() : router.enablePassword();
                if (enable == null) {
                    return new GroupVerdict(Status.ERROR, null);
                }
                return new GroupVerdict(enable.matches(password) ? Status.PASS : Status.FAIL, null);
            }
            case LINE: {
                String linePassword = attempt.line() == null ? null : attempt.line().password();
                if (linePassword == null) {
                    return new GroupVerdict(Status.ERROR, null);
                }
                return new GroupVerdict(java.security.MessageDigest.isEqual(linePassword.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8), password.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        ? Status.PASS : Status.FAIL, null);
            }
            default:
                return new GroupVerdict(Status.ERROR, null);
        }
    }

    private static int privilege(Router router, Attempt attempt, AaaMethod method, Integer granted) {
        int lineLevel = attempt.line() != null && attempt.line().privilegeLevel() != null
                ? attempt.line().privilegeLevel() : UserAccount.DEFAULT_PRIVILEGE;
        AaaSettings aaa = AaaSettings.ifPresent(router);
        if (aaa == null || !aaa.newModel()) {
            UserAccount account = method.kind() == AaaMethod.Kind.LOCAL ? router.user(attempt.user()) : null;
            return account != null ? account.privilege() : lineLevel;
        }
        List<AaaMethod> authorization = aaa.execAuthorization().get(AaaSettings.DEFAULT_LIST);
        if (authorization == null) {
            return lineLevel;
        }
        for (AaaMethod step : authorization) {
            if (step.kind() == AaaMethod.Kind.LOCAL && attempt.user() != null && router.user(attempt.user()) != null) {
                return router.user(attempt.user()).privilege();
            }
            if (step.kind() == AaaMethod.Kind.GROUP && method.kind() == AaaMethod.Kind.GROUP && granted != null) {
                return granted;
            }
            if (step.kind() == AaaMethod.Kind.NONE) {
                return lineLevel;
            }
        }
        return lineLevel;
    }

    private static GroupMethod groupMethod(Router router) {
        return router.lab().aaaServers().groupMethod();
    }
}
