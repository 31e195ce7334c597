package org.looplab.aaa;

import java.util.concurrent.CompletableFuture;

/**
 * How one lab reaches its AAA servers: the answer of {@code group} methods and where accounting records
 * go. A lab without a host side (tests in virtual time) keeps the defaults: every group errors, so the next
 * method applies, and records stay on the router. The host side (ssh-frontend's RADIUS client) sets both.
 */
public final class AaaServers {
    private volatile LoginAuthentication.GroupMethod groupMethod = (router, group, attempt) ->
            CompletableFuture.completedFuture(new LoginAuthentication.GroupVerdict(LoginAuthentication.Status.ERROR, null));
    private volatile ExecAccounting.Sender accountingSender = (router, record) -> { };

    public LoginAuthentication.GroupMethod groupMethod() {
        return groupMethod;
    }

    public void setGroupMethod(LoginAuthentication.GroupMethod method) {
        this.groupMethod = method;
    }

    public ExecAccounting.Sender accountingSender() {
        return accountingSender;
    }

    public void setAccountingSender(ExecAccounting.Sender sender) {
        this.accountingSender = sender;
    }
}
