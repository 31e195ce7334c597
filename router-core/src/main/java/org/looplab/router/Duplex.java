package org.looplab.router;

/** An Ethernet port's {@code duplex} setting, or the duplex it runs at. */
public enum Duplex {
    AUTO, FULL, HALF;

    /** As {@code duplex} takes it and CDP's messages print it: {@code auto}, {@code full}, {@code half}. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
