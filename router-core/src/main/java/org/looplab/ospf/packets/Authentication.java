package org.looplab.ospf.packets;

/**
 * The authentication fields of an OSPF header (RFC 2328 D): AuType 0 (null), 1 (a simple password of up
 * to 8 bytes) or 2 (cryptographic: key id, a non-decreasing sequence number and the MD5 digest, D.3).
 */
public record Authentication(int type, String password, int keyId, long sequence, String digest) {
    public static final int NULL = 0;
    public static final int SIMPLE = 1;
    public static final int CRYPTOGRAPHIC = 2;
    public static final Authentication NONE = new Authentication(NULL, "", 0, 0, "");
}
