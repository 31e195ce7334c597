package org.looplab.cli.show.bgp;

/**
 * The first status character of a {@code show ip bgp} row: {@code *} for a valid path, or the condition
 * that replaces it ({@code r} RIB-failure: best but the RIB kept another protocol's route, {@code s}
 * suppressed by an aggregate, {@code S} stale, {@code d} damped, {@code h} history), or a blank for a path
 * that is not valid (its next hop unreachable).
 */
public enum BgpPathStatus {
    VALID('*'),
    RIB_FAILURE('r'),
    SUPPRESSED('s'),
    STALE('S'),
    DAMPED('d'),
    HISTORY('h'),
    NOT_VALID(' ');

    private final char code;

    BgpPathStatus(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }
}
