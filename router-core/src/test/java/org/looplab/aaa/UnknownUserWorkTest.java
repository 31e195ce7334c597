package org.looplab.aaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.looplab.config.Secret;
import org.looplab.config.TerminalLine;
import org.looplab.config.UserAccount;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** No timing oracle: a login as an unknown user computes the same hashes as one as a known user. */
class UnknownUserWorkTest {
    private static final int[] TYPES = {5, 8, 9};

    private static long[] hashesOf(Router router, String user, String password) {
        long[] before = new long[TYPES.length];
        for (int i = 0; i < TYPES.length; i++) {
            before[i] = Secret.hashesComputed(TYPES[i]);
        }
        LoginAuthentication.Status status = router.kernel().call(() -> LoginAuthentication.authenticate(router,
                new LoginAuthentication.Attempt(null, null, TerminalLine.Transport.SSH, user, password, "172.20.20.1", 22)))
                .join().status();
        assertNotEquals(LoginAuthentication.Status.PASS, status);
        long[] work = new long[TYPES.length];
        for (int i = 0; i < TYPES.length; i++) {
            work[i] = Secret.hashesComputed(TYPES[i]) - before[i];
        }
        return work;
    }

    private static void assertSameWork(int secretType) {
        Router router = new Lab("t", new Kernel(1)).addRouter("r1");
        router.putUser(new UserAccount("admin", 15, Secret.fromPlainText("admin", secretType, new Random(1))));
        hashesOf(router, "nobody", "x"); // the first unknown user makes the dummy secret, once per JVM
        long[] known = hashesOf(router, "admin", "wrong");
        long[] unknown = hashesOf(router, "nobody", "wrong");
        assertEquals(1, java.util.Arrays.stream(known).sum(), "a known user's check is one hash");
        assertEquals(java.util.Arrays.toString(known), java.util.Arrays.toString(unknown),
                "hashes of types 5, 8, 9 for a known and an unknown user, secret type " + secretType);
    }

    @Test
    void md5Users() {
        assertSameWork(5);
    }

    @Test
    void pbkdf2Users() {
        assertSameWork(8);
    }

    @Test
    void scryptUsers() {
        assertSameWork(9);
    }
}
