package org.looplab.ospf;

/** The neighbour states of RFC 2328 10.1, in order, with IOS's wording ({@code FULL}, {@code 2WAY}). */
public enum NeighborState {
    DOWN("DOWN"),
    INIT("INIT"),
    TWO_WAY("2WAY"),
    EX_START("EXSTART"),
    EXCHANGE("EXCHANGE"),
    LOADING("LOADING"),
    FULL("FULL");

    private final String text;

    NeighborState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean atLeast(NeighborState other) {
        return compareTo(other) >= 0;
    }
}
