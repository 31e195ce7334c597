package org.looplab.cli.show.bgp;

import org.looplab.bgp.BgpNeighbor;

/** A neighbour's session state as the shows word it ({@code Idle (Admin)} and {@code Idle (PfxCt)} included). */
final class BgpSessionStates {
    private BgpSessionStates() {
    }

    static BgpSessionState of(BgpNeighbor neighbor) {
        String text = neighbor.stateText();
        if (text.equals("Idle (Admin)")) {
            return BgpSessionState.IDLE_ADMIN;
        }
        if (text.equals("Idle (PfxCt)")) {
            return BgpSessionState.IDLE_PREFIX_COUNT;
        }
        return switch (neighbor.state()) {
            case IDLE -> BgpSessionState.IDLE;
            case CONNECT -> BgpSessionState.CONNECT;
            case ACTIVE -> BgpSessionState.ACTIVE;
            case OPEN_SENT -> BgpSessionState.OPEN_SENT;
            case OPEN_CONFIRM -> BgpSessionState.OPEN_CONFIRM;
            case ESTABLISHED -> BgpSessionState.ESTABLISHED;
        };
    }
}
