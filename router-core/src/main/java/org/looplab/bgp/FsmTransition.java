package org.looplab.bgp;

/** One recorded state change of a neighbor's FSM: when, from, to, and the event that caused it. */
public record FsmTransition(long timeNanos, BgpState from, BgpState to, FsmEvent event) {
    @Override
    public String toString() {
        return timeNanos + " " + from.text() + " -> " + to.text() + ": " + event.reason();
    }
}
