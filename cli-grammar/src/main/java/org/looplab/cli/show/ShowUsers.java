package org.looplab.cli.show;

/**
 * {@code show users}: the session that asks, on vty 0 (line 2 of an IOSv), marked with {@code *}. Other
 * sessions of the router are not listed yet.
 */
public final class ShowUsers {
    private ShowUsers() {
    }

    public static String render(String userName, String peerAddress) {
        return "    Line       User       Host(s)              Idle       Location\n"
                + String.format("*  2 vty 0     %-10s %-20s %-10s %s%n", userName, "idle", "00:00:00", peerAddress)
                        .replace(System.lineSeparator(), "\n")
                + "\n  Interface    User               Mode         Idle     Peer Address\n\n";
    }
}
