package org.looplab.cli.show;

import java.util.List;
import org.looplab.router.VtySessions;

/**
 * {@code show users}: every session open on the router's vty lines, the asking one marked {@code *}, with
 * its idle time on the virtual clock and the client's address as location. On an IOSv line 0 is the
 * console and line 1 the aux port, so vty N is line N + 2.
 */
public final class ShowUsers {
    private static final int FIRST_VTY_LINE = 2;

    private ShowUsers() {
    }

    /**
     * {@code asking} is the session that runs the command, or null when it has no vty (the console, a
     * test); it is then listed as {@code con 0}.
     */
    public static String render(List<VtySessions.Session> open, VtySessions.Session asking, String userName,
            long nowNanos) {
        StringBuilder out = new StringBuilder("    Line       User       Host(s)              Idle       Location\n");
        if (asking == null) {
            out.append(row(true, 0, "con", 0, userName, "00:00:00", ""));
        }
        for (VtySessions.Session session : open) {
            out.append(row(session == asking, session.vty() + FIRST_VTY_LINE, "vty", session.vty(),
                    session.userName(), idle(nowNanos - session.lastInputNanos()), session.peerAddress()));
        }
        return out.append("\n  Interface    User               Mode         Idle     Peer Address\n\n").toString();
    }

    private static String row(boolean asking, int line, String kind, int number, String user, String idle,
            String location) {
        String text = String.format("%s%3d %s %-6d%-10s %-20s %-10s %s", asking ? "*" : " ", line, kind, number,
                user, "idle", idle, location);
        return text.stripTrailing() + "\n";
    }

    /** hh:mm:ss, hours not wrapping at a day (IOS switches to "1d02h" only on long idles; rare in a lab). */
    static String idle(long nanos) {
        long seconds = Math.max(0, nanos / 1_000_000_000L);
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
