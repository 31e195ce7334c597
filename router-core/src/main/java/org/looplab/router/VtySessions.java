package org.looplab.router;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The sessions open on a router's virtual terminal lines, as {@code show users} lists them: each takes the
 * lowest free vty number, as IOS hands out lines. Kernel thread only.
 */
public final class VtySessions {
    /** One open session: its vty number, who, from where, and when it last ran a line (virtual nanos). */
    public static final class Session {
        private final int vty;
        private String userName;
        private final String peerAddress;
        private final long openedNanos;
        private long lastInputNanos;
        private Runnable onClose;
        private String sshEncryption;
        private String sshHmac;

        Session(int vty, String userName, String peerAddress, long openedNanos) {
            this.vty = vty;
            this.userName = userName;
            this.peerAddress = peerAddress;
            this.openedNanos = openedNanos;
            this.lastInputNanos = openedNanos;
        }

        /** When the session took its line (virtual nanos): {@code show terminal}'s time since activation. */
        public long openedNanos() {
            return openedNanos;
        }

        public int vty() {
            return vty;
        }

        public String userName() {
            return userName;
        }

        /** The user once logged in; empty while the login is in progress. */
        public void setUserName(String name) {
            userName = name;
        }

        public String peerAddress() {
            return peerAddress;
        }

        public long lastInputNanos() {
            return lastInputNanos;
        }

        public void touch(long nowNanos) {
            lastInputNanos = nowNanos;
        }

        /** An SSH session's cipher and MAC, one direction's as both negotiated them ({@code show ssh}). */
        public void setSsh(String encryption, String hmac) {
            sshEncryption = encryption;
            sshHmac = hmac;
        }

        /** True for a session that came in over SSH. */
        public boolean isSsh() {
            return sshEncryption != null;
        }

        public String sshEncryption() {
            return sshEncryption;
        }

        public String sshHmac() {
            return sshHmac;
        }

        /** Runs once when the session's line is freed (AAA accounting's stop record). */
        public void onClose(Runnable action) {
            onClose = action;
        }
    }

    private final TreeMap<Integer, Session> open = new TreeMap<>();
    private final TreeMap<Integer, Long> uses = new TreeMap<>();

    /** Takes the lowest free vty line for a new session (without a limit: tests, the console's attach). */
    public Session open(String userName, String peerAddress, long nowNanos) {
        int vty = 0;
        while (open.containsKey(vty)) {
            vty++;
        }
        return open(vty, userName, peerAddress, nowNanos);
    }

    /** Takes vty line {@code vty}, which must be free (see {@link #isBusy}). */
    public Session open(int vty, String userName, String peerAddress, long nowNanos) {
        if (open.containsKey(vty)) {
            throw new IllegalStateException("vty " + vty + " is busy");
        }
        Session session = new Session(vty, userName, peerAddress, nowNanos);
        open.put(vty, session);
        uses.merge(vty, 1L, Long::sum);
        return session;
    }

    public boolean isBusy(int vty) {
        return open.containsKey(vty);
    }

    /** How many sessions vty line {@code vty} has carried ({@code show line}'s Uses). */
    public long uses(int vty) {
        return uses.getOrDefault(vty, 0L);
    }

    /** Frees the session's line; closing twice is harmless. */
    public void close(Session session) {
        if (open.remove(session.vty(), session) && session.onClose != null) {
            Runnable action = session.onClose;
            session.onClose = null;
            action.run();
        }
    }

    /** Open sessions by vty number. */
    public List<Session> list() {
        return new ArrayList<>(open.values());
    }
}
