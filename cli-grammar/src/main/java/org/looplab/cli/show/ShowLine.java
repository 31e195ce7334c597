package org.looplab.cli.show;

import java.util.ArrayList;
import java.util.List;
import org.looplab.config.TerminalLine;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.vty.VtyAccess;

/**
 * {@code show line} and {@code show line vty A [B]}: IOS's table of terminal lines, an IOSv's console
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

    /** {@code first} and {@code last} are vty numbers of {@code show line vty}, or -1 for every line. */
    public static String render(Router router, VtySessions.Session asking, int first, int last) {
        StringBuilder out = new StringBuilder(
                "   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int\n");
        if (first < 0) {
            out.append(row(asking == null, 0, "CTY", "", "-", 0));
            out.append(row(false, 1, "AUX", "9600/9600", "-", 0));
        }
        VtySessions sessions = router.vtySessions();
        for (int vty : vtyNumbers(router)) {
            if (first >= 0 && (vty < first || vty > last)) {
                continue;
            }
            TerminalLine block = VtyAccess.blockOf(router, vty);
            String accessIn = block == null || block.accessClass() == null ? "-" : block.accessClass();
            out.append(row(sessions.isBusy(vty), vty + FIRST_VTY_LINE, "VTY", "", accessIn, sessions.uses(vty)));
        }
        return out.toString();
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
