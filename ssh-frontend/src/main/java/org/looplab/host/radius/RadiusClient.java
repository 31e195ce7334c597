package org.looplab.host.radius;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.looplab.aaa.ExecAccounting;
import org.looplab.aaa.LoginAuthentication;
import org.looplab.aaa.LoginAuthentication.GroupVerdict;
import org.looplab.aaa.LoginAuthentication.Status;
import org.looplab.aaa.RadiusSettings;
import org.looplab.config.Type7;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Lab;
import org.looplab.router.Router;

/**
 * The routers' RADIUS client on the host: {@code group} login methods ask the group's servers over real
 * UDP (RFC 2865 Access-Request), and {@code aaa accounting exec} records go to them as RFC 2866
 * Accounting-Requests. The kernel thread only takes a snapshot of the configuration (servers, key,
 * timeout, retransmit); the exchange runs on this client's threads, and the login continues when the
 * answer comes back (LoginAuthentication submits it to the kernel). As IOS: each server gets the request,
 * then {@code radius-server retransmit} more tries, each waiting {@code radius-server timeout} seconds;
 * a server that never answers hands over to the next one of the group; when none answers the method
 * errors, so the next method of the list (local) applies. An Access-Reject fails the login. Each router
 * sends from its own host address, which the server sees as the client and which goes in NAS-IP-Address.
 * Nothing here logs or keeps a password or a key in clear.
 */
public final class RadiusClient implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Map<Router, InetAddress> sources;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger identifiers = new AtomicInteger();
    private final ExecutorService logins = Executors.newCachedThreadPool(daemon("looplab-radius-auth"));
    /** One thread, so that a session's Start goes before its Stop. */
    private final ExecutorService accounting = Executors.newSingleThreadExecutor(daemon("looplab-radius-acct"));

    /** A server as one exchange needs it. */
    private record Target(InetAddress address, int port, byte[] secret) {
    }

    /** What the kernel thread hands over: the servers in order, the timeout and the retries. */
    private record Plan(List<Target> targets, int timeoutMillis, int retransmit, InetAddress source) {
    }

    /** @param sources each router's host address to send from (null or absent: 127.0.0.1) */
    public RadiusClient(Map<Router, InetAddress> sources) {
        this.sources = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(sources));
    }

    /** Answers the lab's group methods and takes its accounting records; kernel thread. */
    public void attach(Lab lab) {
        lab.aaaServers().setGroupMethod(this::authenticate);
        lab.aaaServers().setAccountingSender(this::account);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Kernel thread: plans the exchange and returns at once; the verdict completes from this client's thread. */
    private CompletableFuture<GroupVerdict> authenticate(Router router, String group, LoginAuthentication.Attempt attempt) {
        Plan plan = plan(router, group, true);
        if (plan.targets().isEmpty() || attempt.user() == null) {
            return CompletableFuture.completedFuture(new GroupVerdict(Status.ERROR, null));
        }
        InetAddress nas = plan.source();
        RadiusPacket.Attributes attributes = new RadiusPacket.Attributes()
                .integer(RadiusPacket.SERVICE_TYPE, RadiusPacket.SERVICE_LOGIN)
                .octets(RadiusPacket.NAS_IP_ADDRESS, nas.getAddress())
                .integer(RadiusPacket.NAS_PORT, attempt.vty() == null ? 0 : attempt.vty().vty())
                .integer(RadiusPacket.NAS_PORT_TYPE, RadiusPacket.PORT_TYPE_VIRTUAL)
                .text(RadiusPacket.CALLING_STATION_ID, attempt.source());
        String user = attempt.user();
        String password = attempt.password() == null ? "" : attempt.password();
        CompletableFuture<GroupVerdict> verdict = new CompletableFuture<>();
        try {
            logins.execute(() -> verdict.complete(login(plan, user, password, attributes)));
        } catch (RejectedExecutionException closed) {
            verdict.complete(new GroupVerdict(Status.ERROR, null));
        }
        return verdict;
    }

    private GroupVerdict login(Plan plan, String user, String password, RadiusPacket.Attributes attributes) {
        for (Target target : plan.targets()) {
            int identifier = identifiers.getAndIncrement() & 0xFF;
            byte[] authenticator = new byte[16];
            random.nextBytes(authenticator);
            byte[] request = RadiusPacket.accessRequest(identifier, authenticator, target.secret(), user, password, attributes);
            RadiusPacket reply = exchange(plan, target, request, identifier, authenticator);
            if (reply == null) {
                continue; // this server is dead for this request: the next one of the group
            }
            if (reply.code() == RadiusPacket.ACCESS_ACCEPT) {
                return new GroupVerdict(Status.PASS, privilege(reply));
            }
            return new GroupVerdict(Status.FAIL, null);
        }
        return new GroupVerdict(Status.ERROR, null);
    }

    /** Cisco's {@code shell:priv-lvl=N} attribute-value pair, else null (the line's level applies). */
    static Integer privilege(RadiusPacket reply) {
        for (String pair : reply.ciscoAvPairs()) {
            String compact = pair.replace(" ", "");
            if (compact.startsWith("shell:priv-lvl=") || compact.startsWith("shell:priv-lvl*")) {
                try {
                    int level = Integer.parseInt(compact.substring("shell:priv-lvl=".length()));
                    if (level >= 0 && level <= 15) {
                        return level;
                    }
                } catch (NumberFormatException ignored) {
                    // not a level: ignored, as IOS ignores an attribute it cannot read
                }
            }
        }
        return null;
    }

    /** Kernel thread: sends the record to the first server of its group that answers. */
    private void account(Router router, ExecAccounting.Record record) {
        Plan plan = plan(router, record.group(), false);
        if (plan.targets().isEmpty()) {
            return;
        }
        RadiusPacket.Attributes attributes = new RadiusPacket.Attributes()
                .text(RadiusPacket.USER_NAME, record.user())
                .integer(RadiusPacket.ACCT_STATUS_TYPE,
                        record.type() == ExecAccounting.Type.START ? RadiusPacket.STATUS_START : RadiusPacket.STATUS_STOP)
                .text(RadiusPacket.ACCT_SESSION_ID, String.format("%08X", record.taskId()))
                .octets(RadiusPacket.NAS_IP_ADDRESS, plan.source().getAddress())
                .integer(RadiusPacket.NAS_PORT, record.vty())
                .integer(RadiusPacket.NAS_PORT_TYPE, RadiusPacket.PORT_TYPE_VIRTUAL)
                .text(RadiusPacket.CALLING_STATION_ID, record.source())
                .octets(RadiusPacket.VENDOR_SPECIFIC, ciscoAvPair("task_id=" + record.taskId()))
                .octets(RadiusPacket.VENDOR_SPECIFIC, ciscoAvPair("service=shell"))
                .integer(RadiusPacket.ACCT_DELAY_TIME, 0);
        if (record.type() == ExecAccounting.Type.STOP) {
            attributes.integer(RadiusPacket.ACCT_SESSION_TIME, record.elapsedSeconds());
        }
        try {
            accounting.execute(() -> {
                for (Target target : plan.targets()) {
                    int identifier = identifiers.getAndIncrement() & 0xFF;
                    byte[] request = RadiusPacket.accountingRequest(identifier, target.secret(), attributes);
                    byte[] authenticator = java.util.Arrays.copyOfRange(request, 4, 20);
                    RadiusPacket reply = exchange(plan, target, request, identifier, authenticator);
                    if (reply != null && reply.code() == RadiusPacket.ACCOUNTING_RESPONSE) {
                        return;
                    }
                }
            });
        } catch (RejectedExecutionException closed) {
            // the lab is stopping: the record stays on the router only
        }
    }

    private static byte[] ciscoAvPair(String pair) {
        byte[] text = pair.getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[6 + text.length];
        value[3] = (byte) RadiusPacket.VENDOR_CISCO;
        value[4] = (byte) RadiusPacket.CISCO_AVPAIR;
        value[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, value, 6, text.length);
        return value;
    }

    /** The request to one server, then up to {@code retransmit} more tries; null when it never answers. */
    private static RadiusPacket exchange(Plan plan, Target target, byte[] request, int identifier, byte[] authenticator) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(plan.source(), 0))) {
            byte[] buffer = new byte[4096];
            for (int attempt = 0; attempt <= plan.retransmit(); attempt++) {
                socket.send(new DatagramPacket(request, request.length, target.address(), target.port()));
                long deadline = System.nanoTime() + plan.timeoutMillis() * 1_000_000L;
                while (true) {
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        break;
                    }
                    socket.setSoTimeout((int) left);
                    DatagramPacket received = new DatagramPacket(buffer, buffer.length);
                    try {
                        socket.receive(received);
                    } catch (SocketTimeoutException e) {
                        break;
                    }
                    if (!received.getAddress().equals(target.address()) || received.getPort() != target.port()) {
                        continue;
                    }
                    RadiusPacket reply = RadiusPacket.reply(received.getData(), received.getLength(), identifier,
                            authenticator, target.secret());
                    if (reply != null) {
                        return reply;
                    }
                }
            }
        } catch (IOException e) {
            return null; // no route, no such address: as a server that does not answer
        }
        return null;
    }

    /** Kernel thread: the group's servers that have an address, a key and the port the service needs. */
    private Plan plan(Router router, String group, boolean authentication) {
        InetAddress source = sources.get(router);
        if (source == null) {
            source = LOOPBACK;
        }
        RadiusSettings radius = RadiusSettings.ifPresent(router);
        List<Target> targets = new ArrayList<>();
        int timeout = RadiusSettings.DEFAULT_TIMEOUT_SECONDS;
        int retransmit = RadiusSettings.DEFAULT_RETRANSMIT;
        if (radius != null) {
            timeout = radius.timeoutSeconds();
            retransmit = radius.retransmit();
            for (RadiusSettings.Server server : radius.serversOf(group)) {
                int port = authentication ? server.authPort() : server.acctPort();
                String key = server.type7Key() == null ? null : Type7.decode(server.type7Key());
                if (port == 0 || key == null || key.isEmpty()) {
                    continue; // IOS: port 0 means the server is not used for that service
                }
                targets.add(new Target(inet(server.address()), port, key.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new Plan(List.copyOf(targets), timeout * 1000, retransmit, source);
    }

    private static InetAddress inet(Ipv4Address address) {
        int bits = address.bits();
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    @Override
    public void close() {
        logins.shutdownNow();
        accounting.shutdown();
        try {
            accounting.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        accounting.shutdownNow();
    }
}
