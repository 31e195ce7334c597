package org.looplab.aaa;

import java.util.ArrayList;
import java.util.List;
import org.looplab.router.Router;

/**
 * {@code aaa accounting exec default start-stop group NAME}: a start record when an EXEC session begins
 * after its login, a stop record (with the elapsed time) when its vty session closes, as IOS sends them
 * (RFC 2866's Acct-Status-Type Start and Stop, service shell). The records stay on the router
 * ({@link #records()}) and go to the group's servers when it names RADIUS servers. Kernel thread only.
 */
public final class ExecAccounting {
    public enum Type { START, STOP }

    /** One accounting record; times on the virtual clock, in nanoseconds. */
    public record Record(Type type, int taskId, String user, String source, int vty, String group, long atNanos,
                         long elapsedSeconds) {
    }

    /** Sends a record to the named group's servers (RADIUS accounting); without one the record stays here. */
    public interface Sender {
        void send(Router router, Record record);
    }

    private final List<Record> records = new ArrayList<>();
    private int nextTaskId = 1;

    public static ExecAccounting of(Router router) {
        return router.attachment(ExecAccounting.class, r -> new ExecAccounting());
    }

    public List<Record> records() {
        return List.copyOf(records);
    }

    static void start(Router router, LoginAuthentication.Attempt attempt, LoginAuthentication.Result result) {
        AaaSettings aaa = AaaSettings.ifPresent(router);
        if (aaa == null || !aaa.newModel() || attempt.vty() == null) {
            return;
        }
        AaaSettings.AccountingList list = aaa.execAccounting().get(AaaSettings.DEFAULT_LIST);
        if (list == null) {
            return;
        }
        ExecAccounting accounting = of(router);
        int taskId = accounting.nextTaskId++;
        long started = router.kernel().now();
        String user = attempt.user() == null ? "" : attempt.user();
        Record start = new Record(Type.START, taskId, user, attempt.source(), attempt.vty().vty(), list.group(), started, 0);
        accounting.add(router, start);
        attempt.vty().onClose(() -> {
            long now = router.kernel().now();
            accounting.add(router, new Record(Type.STOP, taskId, user, attempt.source(), attempt.vty().vty(),
                    list.group(), now, (now - started) / 1_000_000_000L));
        });
    }

    private void add(Router router, Record record) {
        records.add(record);
        router.lab().aaaServers().accountingSender().send(router, record);
    }
}
