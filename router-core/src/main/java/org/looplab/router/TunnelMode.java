package org.looplab.router;

/**
 * {@code tunnel mode}: how a tunnel wraps what it sends. GRE over IP (IOS's default, RFC 2784, IP protocol 47)
 * and IP-in-IP (RFC 2003, protocol 4, no header of its own) are carried; multipoint GRE is kept (a DMVPN
 * config loads) but without NHRP it has nowhere to send, so its line protocol stays down.
 */
public enum TunnelMode {
    GRE_IP("gre ip", "GRE/IP", 47),
    GRE_MULTIPOINT("gre multipoint", "multi-GRE/IP", 47),
    IPIP("ipip", "IP/IP", 4);

    private final String keywords;
    private final String shown;
    private final int protocol;

    TunnelMode(String keywords, String shown, int protocol) {
        this.keywords = keywords;
        this.shown = shown;
        this.protocol = protocol;
    }

    /** The words after {@code tunnel mode} in a config. */
    public String keywords() {
        return keywords;
    }

    /** As {@code show interfaces} prints it after {@code Tunnel protocol/transport}. */
    public String shown() {
        return shown;
    }

    /** The IP protocol of the outer packets. */
    public int protocol() {
        return protocol;
    }

    public boolean isGre() {
        return this != IPIP;
    }
}
