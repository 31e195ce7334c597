package org.looplab.cli.show.bgp;

/** Whether a capability (RFC 5492) was advertised in our OPEN, received in the peer's, or both. */
public enum BgpCapability {
    NONE(""),
    ADVERTISED("advertised"),
    RECEIVED("received"),
    ADVERTISED_AND_RECEIVED("advertised and received");

    private final String text;

    BgpCapability(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
