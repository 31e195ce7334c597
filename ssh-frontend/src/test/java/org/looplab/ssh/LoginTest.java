package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.log.LogMessage;
import org.looplab.router.Router;

/**
 * Logins as IOS treats them: three password attempts per connection, a delay before each failure's
 * answer, and every success and failure in the router's log with IOS's words.
 */
class LoginTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;
    private static final Duration DELAY = Duration.ofMillis(200);
    private static final String AT = " at \\d\\d:\\d\\d:\\d\\d UTC [A-Z][a-z]{2} [A-Z][a-z]{2} \\d{1,2} \\d{4}";

    @TempDir
    static Path folder;
    static OneRouterSshLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = OneRouterSshLab.start(folder, "hostname R1\nusername admin privilege 15 secret admin\n"
                + "login on-failure log\nlogin on-success log\nend\n",
                new LoginPolicy(3, DELAY));
    }

    @AfterAll
    static void stopLab() throws IOException {
        if (lab != null) {
            lab.close();
        }
    }

    /** One connection that tries the passwords in order, as a client with several identities does. */
    private static ClientSession tryPasswords(String user, String... passwords) throws IOException {
        ClientSession session = lab.connect(user);
        for (String password : passwords) {
            session.addPasswordIdentity(password);
        }
        session.auth().await(TIMEOUT);
        return session;
    }

    private static List<String> loginLog(String user) {
        Router router = lab.router();
        return router.kernel().call(() -> router.log().messages().stream().map(LogMessage::text)
                .filter(text -> text.startsWith("%SEC_LOGIN") && text.contains("[user: " + user + "]")).toList());
    }

    private static String failed(String user) {
        return "%SEC_LOGIN-4-LOGIN_FAILED: Login failed \\[user: " + user + "\\] \\[Source: 172\\.20\\.20\\.1\\] "
                + "\\[localport: " + lab.port() + "\\] \\[Reason: Login Authentication Failed\\]" + AT;
    }

    private static String succeeded(String user) {
        return "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success \\[user: " + user + "\\] \\[Source: 172\\.20\\.20\\.1\\] "
                + "\\[localport: " + lab.port() + "\\]" + AT;
    }

    private static void assertLines(List<String> regexes, List<String> lines) {
        assertEquals(regexes.size(), lines.size(), String.join("\n", lines));
        for (int i = 0; i < regexes.size(); i++) {
            assertTrue(Pattern.matches(regexes.get(i), lines.get(i)), lines.get(i) + "\n does not match\n" + regexes.get(i));
        }
    }

    @Test
    void theThirdAttemptMaySucceedAndEveryAttemptIsLogged() throws Exception {
        try (ClientSession session = tryPasswords("admin", "wrong1", "wrong2", "admin")) {
            assertTrue(session.isAuthenticated());
        }
        assertLines(List.of(failed("admin"), failed("admin"), succeeded("admin")), loginLog("admin"));
    }

    @Test
    void afterThreeFailuresTheConnectionIsClosedBeforeAFourthAttempt() throws Exception {
        try (ClientSession session = tryPasswords("intruder", "a", "b", "c", "d")) {
            assertFalse(session.isAuthenticated());
            assertTrue(session.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), TIMEOUT).contains(ClientSessionEvent.CLOSED));
        }
        assertLines(List.of(failed("intruder"), failed("intruder"), failed("intruder")), loginLog("intruder"));
    }

    @Test
    void aUserNameWithControlCharactersIsLoggedWithoutThem() throws Exception {
        try (ClientSession session = tryPasswords("evil\u001b[2J\u0007", "x")) {
            assertFalse(session.isAuthenticated());
        }
        assertLines(List.of(failed("evil\\[2J")), loginLog("evil[2J"));
    }

    @Test
    void aFailureIsAnsweredAfterTheDelay() throws Exception {
        long start = System.nanoTime();
        try (ClientSession session = tryPasswords("slow", "wrong")) {
            assertFalse(session.isAuthenticated());
            assertTrue(System.nanoTime() - start >= DELAY.toNanos(), "answered before the failure delay");
        }
        assertLines(List.of(failed("slow")), loginLog("slow"));
    }
}
