package org.looplab.aaa;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.looplab.config.TerminalLine;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * A server's verdict arrives on a foreign thread (the RADIUS client's); what the login does next (the
 * session's prompt, accounting, the login block) must still run on the kernel thread. Before the fix the
 * continuation ran on the server's thread whenever the kernel had already run the hand-over task, so the
 * events it scheduled sat in the queue unseen by the sleeping kernel thread (in-band logins waited ~30 s).
 */
class ServerVerdictThreadTest {
    private static final int LOGINS = 1000;

    @Test
    void whatFollowsAServerVerdictRunsOnTheKernelThread() throws Exception {
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("t", kernel);
        Router router = lab.addRouter("r1");
        AaaSettings aaa = AaaSettings.of(router);
        aaa.setNewModel(true);
        aaa.setLoginList(AaaSettings.DEFAULT_LIST, List.of(AaaMethod.group("radius"), AaaMethod.LOCAL));
        ExecutorService server = Executors.newSingleThreadExecutor();
        lab.aaaServers().setGroupMethod((r, group, attempt) -> CompletableFuture.supplyAsync(
                () -> new LoginAuthentication.GroupVerdict(LoginAuthentication.Status.PASS, 15), server));
        LoginAuthentication.Attempt attempt = new LoginAuthentication.Attempt(null, null, TerminalLine.Transport.TELNET,
                "alice", "wonder", "10.0.12.1", 23);
        kernel.startRealTime(1.0);
        try {
            Thread kernelThread = kernel.call(Thread::currentThread);
            for (int i = 0; i < LOGINS; i++) {
                CompletableFuture<Thread> answeredOn = kernel.call(() -> LoginAuthentication.authenticate(router, attempt)
                        .thenApply(result -> {
                            assertTrue(result.passed());
                            return Thread.currentThread();
                        }));
                assertSame(kernelThread, answeredOn.get(5, TimeUnit.SECONDS), "login " + i);
            }
        } finally {
            kernel.stop();
            server.shutdownNow();
        }
    }
}
