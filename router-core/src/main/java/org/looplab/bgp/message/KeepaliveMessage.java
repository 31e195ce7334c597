package org.looplab.bgp.message;

/** KEEPALIVE (RFC 4271 4.4): the header alone, 19 octets. */
public record KeepaliveMessage() implements BgpMessage {
    public static final KeepaliveMessage INSTANCE = new KeepaliveMessage();

    @Override
    public int type() {
        return KEEPALIVE;
    }
}
