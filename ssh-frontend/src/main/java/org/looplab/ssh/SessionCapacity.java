package org.looplab.ssh;

import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;

/**
 * Sized for hundreds of sessions at once (a class of 30 with a script each, an automation run over a big
 * lab). Three things limit that:
 * <ul>
 *   <li>the accept backlog: connections the kernel has completed but the server has not accepted yet.
 *       Java's default is 50; 500 connections arriving together overflow it and Linux resets the excess
 *       (with {@code tcp_abort_on_overflow} off, after the client thinks it connected). {@value #BACKLOG}
 *       is what the kernel allows by default ({@code net.core.somaxconn}, 4096 since Linux 5.4; a lower
 *       setting caps it silently);</li>
 *   <li>the NIO workers that run every session's key exchange, authentication and channel traffic: the
 *       handshakes are CPU work, so more workers than cores gains nothing, but a few calls block briefly
 *       (a new connection's vty line is taken on the kernel thread), so never fewer than
 *       {@value #MIN_NIO_WORKERS};</li>
 *   <li>threads per session: an SSH connection costs none of its own; its shell runs on one thread, with
 *       a PTY too (the shell's thread pulls the channel's bytes through JLine's line discipline itself:
 *       {@link PullingTerminal}), an exec request on one until it answers. Both wait on I/O, so 500
 *       sessions cost threads, not CPU.</li>
 * </ul>
 */
final class SessionCapacity {
    static final int BACKLOG = 4096;
    static final int MIN_NIO_WORKERS = 4;

    private SessionCapacity() {
    }

    static void apply(SshServer server) {
        CoreModuleProperties.SOCKET_BACKLOG.set(server, BACKLOG);
        CoreModuleProperties.NIO_WORKERS.set(server, nioWorkers(Runtime.getRuntime().availableProcessors()));
    }

    static int nioWorkers(int processors) {
        return Math.max(MIN_NIO_WORKERS, processors + 1);
    }
}
