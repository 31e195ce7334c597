package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.app.ExternalTool;

/**
 * Public-key logins from the host with the real OpenSSH client ({@code ssh -i KEY}), keys made by the real
 * ssh-keygen: a user of the router's {@code ip ssh pubkey-chain} gets in with the key its key-string or
 * key-hash names; another key, a user not in the chain and an Ed25519 key (IOS 15 takes RSA keys only)
 * are refused; with {@code aaa new-model} and {@code aaa authorization exec default local} the key only
 * authenticates and the username table authorizes, as on IOS. {@code show ssh} lists the session with the
 * cipher and MAC the client asked for.
 */
class PublicKeySshTest {
    @TempDir
    Path folder;
    private Path adminKey;
    private Path nocKey;
    private Path strangerKey;
    private Path edKey;

    @BeforeEach
    void keys() throws Exception {
        ExternalTool.require(ExternalTool.onPath("ssh") && ExternalTool.onPath("ssh-keygen"), "OpenSSH");
        adminKey = keygen("admin", "rsa");
        nocKey = keygen("noc", "rsa");
        strangerKey = keygen("stranger", "rsa");
        edKey = keygen("ed", "ed25519");
    }

    @Test
    void usersOfTheChainLogInWithTheirKeysAndNobodyElseDoes() throws Exception {
        try (OneRouterSshLab lab = OneRouterSshLab.start(folder, config(""), LoginPolicy.IOS_DEFAULT)) {
            Result admin = ssh(lab.port(), adminKey, "admin", "show privilege");
            assertEquals(0, admin.status(), admin.output());
            assertTrue(admin.output().contains("Current privilege level is 15"), admin.output());
            Result noc = ssh(lab.port(), nocKey, "noc", "show privilege");
            assertTrue(noc.output().contains("Current privilege level is 1"), "no username line: the line's level; " + noc.output());

            for (Result refused : List.of(ssh(lab.port(), strangerKey, "admin", "show privilege"),
                    ssh(lab.port(), adminKey, "noc", "show privilege"),
                    ssh(lab.port(), adminKey, "bob", "show privilege"),
                    ssh(lab.port(), edKey, "admin", "show privilege"))) {
                assertEquals(255, refused.status(), refused.output());
                assertTrue(refused.output().contains("Permission denied ("), refused.output());
            }
            String logged = ssh(lab.port(), adminKey, "admin", "show logging | include SEC_LOGIN").output();
            assertTrue(logged.contains("%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: noc] [Source: 172.20.20.1] [localport: "),
                    logged);
            String sessions = ssh(lab.port(), adminKey, "admin", "show ssh", "-c", "aes128-ctr",
                    "-m", "hmac-sha2-256-etm@openssh.com").output();
            assertTrue(sessions.contains("Connection Version Mode Encryption  Hmac         State                 Username\n"
                    + "0          2.0     IN   aes128-ctr  hmac-sha2-256-etm@openssh.com Session started       admin\n"
                    + "0          2.0     OUT  aes128-ctr  hmac-sha2-256-etm@openssh.com Session started       admin\n"
                    + "%No SSHv1 server connections running.\n"), sessions);
            String running = ssh(lab.port(), adminKey, "admin", "show running-config | section pubkey-chain").output();
            assertTrue(running.contains("ip ssh pubkey-chain\n  username admin\n   key-hash ssh-rsa " + md5(adminKey) + " \n"
                    + "  username noc\n   key-hash ssh-rsa " + md5(nocKey) + " noc@host\n"), running);
        }
    }

    @Test
    void withAaaTheKeyAuthenticatesAndTheUsernameTableAuthorizes() throws Exception {
        try (OneRouterSshLab lab = OneRouterSshLab.start(folder, config("""
                aaa new-model
                aaa authentication login default local
                aaa authorization exec default local
                """), LoginPolicy.IOS_DEFAULT)) {
            Result admin = ssh(lab.port(), adminKey, "admin", "show privilege");
            assertTrue(admin.output().contains("Current privilege level is 15"), admin.output());
            Result noc = ssh(lab.port(), nocKey, "noc", "show privilege");
            assertTrue(noc.output().contains("% Authorization failed."), noc.output());
            assertFalse(noc.output().contains("privilege level"), noc.output());
            assertEquals(1, noc.status(), noc.output());
        }
    }

    /** admin's key typed as key-string (folded at 72, as IOS needs), noc's as its key-hash with a comment. */
    private String config(String aaa) throws Exception {
        String blob = Files.readString(adminKey.resolveSibling("admin.pub")).split(" ")[1];
        StringBuilder folded = new StringBuilder();
        for (int at = 0; at < blob.length(); at += 72) {
            folded.append("    ").append(blob, at, Math.min(blob.length(), at + 72)).append('\n');
        }
        return "hostname R1\n" + aaa + """
                username admin privilege 15 secret admin
                login on-success log
                ip ssh pubkey-chain
                 username admin
                  key-string
                """ + folded + """
                    exit
                 username noc
                """ + "  key-hash ssh-rsa " + md5(nocKey) + " noc@host\n" + """
                line vty 0 4
                 login local
                 transport input ssh
                end
                """;
    }

    private Path keygen(String name, String type) throws Exception {
        Path key = folder.resolve(name);
        run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", name + "@host", "-f", key.toString()));
        return key;
    }

    /** What {@code ssh-keygen -l -E md5} says of the key, as IOS writes it: upper case, no colons. */
    private static String md5(Path key) throws Exception {
        String line = run(List.of("ssh-keygen", "-l", "-E", "md5", "-f", key + ".pub")).output();
        return line.split(" ")[1].substring("MD5:".length()).replace(":", "").toUpperCase(java.util.Locale.ROOT);
    }

    record Result(String output, int status) {
    }

    /** {@code ssh -i KEY USER@127.0.0.1 COMMAND}, with the key only: no password, no agent. */
    private static Result ssh(int port, Path key, String user, String command, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("ssh", "-i", key.toString(), "-o", "IdentitiesOnly=yes",
                "-o", "IdentityAgent=none", "-o", "BatchMode=yes", "-o", "PasswordAuthentication=no",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "ConnectTimeout=20", "-p", Integer.toString(port)));
        args.addAll(List.of(options));
        args.add(user + "@127.0.0.1");
        args.add(command);
        return run(args);
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish");
        }
        return new Result(new String(output, StandardCharsets.UTF_8).replace("\r", ""), process.exitValue());
    }
}
