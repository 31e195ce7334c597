package org.looplab.cli.show.bgp;

import java.util.List;

/**
 * {@code show tcp brief}: one line per connection, the TCB as 8 hex digits, the endpoints as
 * {@code A.B.C.D.PORT} in 28 columns each, then IOS's state name ({@code ESTAB}, {@code SYNSENT}, ...).
 * A passive open ({@code show tcp brief all}) listening on every address prints as {@code *.179}, its
 * foreign end as {@code *.*}.
 */
public final class ShowTcpBrief {
    static final String HEADER = "TCB       Local Address               Foreign Address             (state)\n";

    private ShowTcpBrief() {
    }

    public static String render(List<TcpConnectionView> connections) {
        StringBuilder out = new StringBuilder(HEADER);
        for (TcpConnectionView c : connections) {
            boolean listening = c.state() == TcpState.LISTEN;
            String local = (listening && c.localAddress().bits() == 0 ? "*" : c.localAddress().toString()) + "."
                    + c.localPort();
            String foreign = listening ? "*.*" : c.foreignAddress() + "." + c.foreignPort();
            out.append(String.format("%08X  %-27s %-27s %s\n", c.tcb() & 0xFFFFFFFFL, local, foreign,
                    c.state().text()));
        }
        return out.toString();
    }
}
