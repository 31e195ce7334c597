package org.looplab.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;

/**
 * Many SSH sessions at once against one endpoint, driven without a thread per session: every connection
 * is started at the same moment (what fills an accept backlog), each logs in and opens a PTY shell, and
 * only when all are at their prompt does each send its commands, the next as soon as the prompt of the
 * last comes back. What the received text goes to is an {@link OutputStream} MINA's client writes into
 * from its own threads. Used by a test (that none is reset) and by a benchmark (round-trip figures).
 */
public final class ManySessions {
    /** What happened: round trips in nanoseconds (every command of every session), and what failed. */
    public record Result(int sessions, long[] roundTrips, List<String> failures, int threadsPerSessionTimes100,
            long openNanos) {
    }

    private ManySessions() {
    }

    /**
     * MINA's client with curve25519 key exchange only: sntrup761's key generation in pure Java costs the
     * in-process client more than the server's whole handshake, and would measure the client.
     */
    public static SshClient client() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true); // a throwaway test key
        client.setKeyExchangeFactories(client.getKeyExchangeFactories().stream()
                .filter(factory -> factory.getName().startsWith("curve25519")).toList());
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true);
        return client;
    }

    /**
     * Opens {@code sessions} sessions to {@code port} at once as {@code user}, then runs {@code command}
     * {@code commands} times in each, waiting each time for {@code prompt}.
     */
    public static Result run(SshClient client, int port, String user, String password, int sessions, int commands,
            String command, String prompt, Duration timeout) throws InterruptedException {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
        int threadsBefore = Thread.activeCount();
        long start = System.nanoTime();
        List<ConnectFuture> connecting = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            try {
                connecting.add(client.connect(user, "127.0.0.1", port));
            } catch (IOException e) {
                failures.add("connect " + i + ": " + e);
            }
        }
        List<Driver> drivers = new ArrayList<>();
        for (ConnectFuture future : connecting) {
            try {
                ClientSession session = future.verify(timeout).getSession();
                session.addPasswordIdentity(password);
                Driver driver = new Driver(session, prompt, command, commands, roundTrips, failures);
                drivers.add(driver);
            } catch (IOException | RuntimeException e) {
                failures.add("connect: " + e);
            }
        }
        // Log in and open the shells concurrently too: the authentications are asynchronous.
        List<CompletableFuture<Void>> opened = new ArrayList<>();
        for (Driver driver : drivers) {
            opened.add(driver.open(timeout));
        }
        List<Driver> ready = new ArrayList<>();
        for (int i = 0; i < drivers.size(); i++) {
            try {
                opened.get(i).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                ready.add(drivers.get(i));
            } catch (Exception e) {
                failures.add("login/shell: " + (e.getCause() != null ? e.getCause() : e));
            }
        }
        int threadsOpen = Thread.activeCount();
        long openNanos = System.nanoTime() - start;
        ExecutorService senders = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "many-sessions-sender");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Driver driver : ready) {
            done.add(driver.runCommands(senders));
        }
        for (int i = 0; i < done.size(); i++) {
            try {
                done.get(i).get(timeout.toMillis() + (long) commands * timeout.toMillis() / 10,
                        TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                failures.add("commands: " + (e.getCause() != null ? e.getCause() : e));
            }
        }
        senders.shutdownNow();
        for (Driver driver : drivers) {
            driver.close();
        }
        long[] trips = roundTrips.stream().mapToLong(Long::longValue).toArray();
        int perSession = sessions == 0 ? 0 : (threadsOpen - threadsBefore) * 100 / sessions;
        return new Result(sessions, trips, List.copyOf(failures), perSession, openNanos);
    }

    /** One session: its shell, the text since the last command, the next command to send. */
    private static final class Driver extends OutputStream {
        private final ClientSession session;
        private final String prompt;
        private final String command;
        private final int commands;
        private final ConcurrentLinkedQueue<Long> roundTrips;
        private final List<String> failures;
        private final StringBuilder seen = new StringBuilder();
        private ChannelShell shell;
        private CompletableFuture<Void> waiting;
        private long sentAt;
        private int sent;
        private ExecutorService senders;
        private final CompletableFuture<Void> finished = new CompletableFuture<>();

        Driver(ClientSession session, String prompt, String command, int commands, ConcurrentLinkedQueue<Long> roundTrips,
                List<String> failures) {
            this.session = session;
            this.prompt = prompt;
            this.command = command;
            this.commands = commands;
            this.roundTrips = roundTrips;
            this.failures = failures;
        }

        CompletableFuture<Void> open(Duration timeout) {
            CompletableFuture<Void> promptSeen = expectPrompt();
            try {
                session.auth().addListener(auth -> {
                    try {
                        auth.verify();
                        shell = session.createShellChannel();
                        shell.setUsePty(true);
                        shell.setOut(this);
                        shell.setErr(this);
                        shell.open().addListener(open -> {
                            if (open.getException() != null) {
                                fail(promptSeen, open.getException());
                            }
                        });
                    } catch (IOException | RuntimeException e) {
                        fail(promptSeen, e);
                    }
                });
            } catch (IOException e) {
                fail(promptSeen, e);
            }
            return promptSeen;
        }

        private static void fail(CompletableFuture<Void> future, Throwable e) {
            future.completeExceptionally(e);
        }

        private synchronized CompletableFuture<Void> expectPrompt() {
            seen.setLength(0);
            waiting = new CompletableFuture<>();
            return waiting;
        }

        CompletableFuture<Void> runCommands(ExecutorService senders) {
            this.senders = senders;
            senders.execute(this::sendNext);
            return finished;
        }

        private void sendNext() {
            if (sent == commands) {
                finished.complete(null);
                return;
            }
            sent++;
            CompletableFuture<Void> promptSeen = expectPrompt();
            promptSeen.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    finished.completeExceptionally(failure);
                } else {
                    roundTrips.add(System.nanoTime() - sentAt);
                    senders.execute(this::sendNext);
                }
            });
            try {
                sentAt = System.nanoTime();
                OutputStream keys = shell.getInvertedIn();
                keys.write((command + "\r").getBytes(StandardCharsets.UTF_8));
                keys.flush();
            } catch (IOException | RuntimeException e) {
                finished.completeExceptionally(e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            CompletableFuture<Void> done = null;
            synchronized (this) {
                seen.append(new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
                if (waiting != null && seen.indexOf(prompt) >= 0) {
                    done = waiting;
                    waiting = null;
                }
            }
            if (done != null) {
                done.complete(null);
            }
        }

        @Override
        public void close() {
            // the stream MINA writes into ends with the channel: a session that ends early fails its wait
            CompletableFuture<Void> pending;
            synchronized (this) {
                pending = waiting;
                waiting = null;
            }
            if (pending != null) {
                pending.completeExceptionally(new IOException("the channel closed; received: " + tail()));
            }
            try {
                session.close(true);
            } catch (RuntimeException e) {
                failures.add("close: " + e);
            }
        }

        private synchronized String tail() {
            return seen.substring(Math.max(0, seen.length() - 200));
        }
    }
}
