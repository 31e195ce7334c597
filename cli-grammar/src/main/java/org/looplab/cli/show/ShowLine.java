package org.looplab.cli.show;

import java.util.ArrayList;
import java.util.List;
import org.looplab.config.TerminalLine;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.vty.VtyAccess;

/**
 * {@code show line} and {@code show line vty A [B]}: IOS's table of terminal lines (one line's adds its
 * detail block, {@link #single}), an IOSv's console
 * (CTY, line 0) and aux port (line 1, 9600/9600) then the vty lines (vty N is line N + 2), {@code *}
 * on the lines in use, Uses the sessions each line has carried, AccI the line's {@code access-class in}.
 * Nothing here is asynchronous, so the modem, rotary, noise and overrun columns stay IOS's idle values.
 */
public final class ShowLine {
    private static final int FIRST_VTY_LINE = 2;
    /** An IOSv without {@code line vty} blocks still has vty 0 4. */
    private static final int DEFAULT_LAST_VTY = 4;

    private ShowLine() {
    }

    private static final String HEADER =
            "   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int\n";

    /** {@code first} and {@code last} are vty numbers of {@code show line vty}, or -1 for every line. */
    public static String render(Router router, VtySessions.Session asking, int first, int last) {
        StringBuilder out = new StringBuilder(HEADER);
        if (first < 0) {
            out.append(row(router, asking, 0));
            out.append(row(router, asking, 1));
        }
        for (int vty : vtyNumbers(router)) {
            if (first < 0 || vty >= first && vty <= last) {
                out.append(row(router, asking, vty + FIRST_VTY_LINE));
            }
        }
        return out.toString();
    }

    /**
     * {@code show line N}, {@code show line vty A}, {@code show line console 0}: the line's row, then its
     * settings and state as {@code show terminal} prints them; {@code length} and {@code width} are the
     * asking session's, shown for its own line (IOS's 24 and 80 for the others).
     */
    public static String single(Router router, VtySessions.Session asking, int tty, int length, int width) {
        boolean own = asking == null ? tty == 0 : tty == asking.vty() + FIRST_VTY_LINE;
        VtySessions.Session holder = holder(router, tty);
        Long active = own ? (Long) (asking == null ? 0L : router.kernel().now() - asking.openedNanos())
                : holder == null ? null : (Long) (router.kernel().now() - holder.openedNanos());
        TerminalLine settings = tty == 0 ? ShowTerminal.console(router)
                : tty == 1 ? null : VtyAccess.blockOf(router, tty - FIRST_VTY_LINE);
        return HEADER + row(router, asking, tty) + "\n"
                + ShowTerminal.block(tty, settings, active, own ? length : 24, own ? width : 80);
    }

    /** The highest tty number: the last vty's. */
    public static int lastTty(Router router) {
        List<Integer> vtys = vtyNumbers(router);
        return vtys.get(vtys.size() - 1) + FIRST_VTY_LINE;
    }

    /** The session on vty tty {@code tty}, or null (the console and aux are not vty sessions). */
    private static VtySessions.Session holder(Router router, int tty) {
        for (VtySessions.Session session : router.vtySessions().list()) {
            if (session.vty() + FIRST_VTY_LINE == tty) {
                return session;
            }
        }
        return null;
    }

    private static String row(Router router, VtySessions.Session asking, int tty) {
        if (tty == 0) {
            return row(asking == null, 0, "CTY", "", "-", 0);
        }
        if (tty == 1) {
            return row(false, 1, "AUX", "9600/9600", "-", 0);
        }
        int vty = tty - FIRST_VTY_LINE;
        TerminalLine block = VtyAccess.blockOf(router, vty);
        String accessIn = block == null || block.accessClass() == null ? "-" : block.accessClass();
        VtySessions sessions = router.vtySessions();
        return row(sessions.isBusy(vty), tty, "VTY", "", accessIn, sessions.uses(vty));
    }

    private static List<Integer> vtyNumbers(Router router) {
        List<Integer> numbers = new ArrayList<>();
        List<TerminalLine> blocks = VtyAccess.vtyBlocks(router);
        int last = blocks.isEmpty() ? DEFAULT_LAST_VTY : -1;
        for (TerminalLine block : blocks) {
            last = Math.max(last, block.last());
        }
        for (int vty = 0; vty <= last; vty++) {
            numbers.add(vty);
        }
        return numbers;
    }

    private static String row(boolean active, int tty, String type, String txRx, String accessIn, long uses) {
        return String.format("%s%6d %-3s %11s  -    -      -    -%5s %6d %7d %7s %7s\n", active ? "*" : " ", tty, type,
                txRx, accessIn, uses, 0, "0/0", "-");
    }
}
