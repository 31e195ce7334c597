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
        private final String userName;
        private final String peerAddress;
        private long lastInputNanos;

        Session(int vty, String userName, String peerAddress, long openedNanos) {
            this.vty = vty;
            this.userName = userName;
            this.peerAddress = peerAddress;
            this.lastInputNanos = openedNanos;
        }

        public int vty() {
            return vty;
        }

        public String userName() {
            return userName;
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
    }

    private final TreeMap<Integer, Session> open = new TreeMap<>();

    /** Takes the lowest free vty line for a new session. */
    public Session open(String userName, String peerAddress, long nowNanos) {
        int vty = 0;
        while (open.containsKey(vty)) {
            vty++;
        }
        Session session = new Session(vty, userName, peerAddress, nowNanos);
        open.put(vty, session);
        return session;
    }

    /** Frees the session's line; closing twice is harmless. */
    public void close(Session session) {
        open.remove(session.vty(), session);
    }

    /** Open sessions by vty number. */
    public List<Session> list() {
        return new ArrayList<>(open.values());
    }
}
