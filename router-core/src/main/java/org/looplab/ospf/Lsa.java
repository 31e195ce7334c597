package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/**
 * One LSA instance as it travels: header (RFC 2328 A.4.1) and body. Immutable, so one instance may sit in
 * many databases; the age it carries is its age when it was sent or installed, the database adds the time
 * since. The checksum is the real Fletcher checksum of the encoded LSA (12.1.7).
 */
public record Lsa(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter, int age, int sequence,
                  int options, int checksum, int length, LsaBody body) {
    /** RFC 2328 B: LSAs older than an hour are flushed. */
    public static final int MAX_AGE = 3600;
    /** B: a self-originated LSA is refreshed every 30 minutes. */
    public static final int LS_REFRESH_TIME = 1800;
    /** B: two instances whose ages differ by more than 15 minutes are different. */
    public static final int MAX_AGE_DIFF = 900;
    public static final int INITIAL_SEQUENCE = 0x80000001;
    public static final int MAX_SEQUENCE = 0x7FFFFFFF;
    /** Options: E (external routing capable) and DC, as IOS sends them in normal areas. */
    public static final int OPTIONS = 0x22;

    /** A new instance with its checksum and length computed. */
    public static Lsa originate(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter, int sequence,
                                LsaBody body) {
        byte[] encoded = LsaChecksum.encode(type, linkStateId, advertisingRouter, sequence, OPTIONS, body);
        int checksum = LsaChecksum.fletcher(encoded);
        return new Lsa(type, linkStateId, advertisingRouter, 0, sequence, OPTIONS, checksum, encoded.length, body);
    }

    public LsaKey key() {
        return new LsaKey(type, linkStateId, advertisingRouter);
    }

    public Lsa withAge(int newAge) {
        return newAge == age ? this : new Lsa(type, linkStateId, advertisingRouter, Math.min(newAge, MAX_AGE),
                sequence, options, checksum, length, body);
    }

    public boolean isMaxAge() {
        return age >= MAX_AGE;
    }

    /** Number of links for a router-LSA ({@code Link count}), else 0. */
    public int linkCount() {
        return body instanceof LsaBody.RouterBody router ? router.links().size() : 0;
    }

    /**
     * Which of two instances of the same LSA is more recent (RFC 2328 13.1): positive when this one is.
     * Ages are the current ages of both.
     */
    public static int compareInstances(int sequenceA, int checksumA, int ageA, int sequenceB, int checksumB, int ageB) {
        if (sequenceA != sequenceB) {
            return Integer.compare(sequenceA, sequenceB); // signed: 0x80000001 is the smallest
        }
        if (checksumA != checksumB) {
            return Integer.compare(checksumA, checksumB);
        }
        boolean maxA = ageA >= MAX_AGE;
        boolean maxB = ageB >= MAX_AGE;
        if (maxA != maxB) {
            return maxA ? 1 : -1;
        }
        if (Math.abs(ageA - ageB) > MAX_AGE_DIFF) {
            return ageA < ageB ? 1 : -1;
        }
        return 0;
    }

    @Override
    public String toString() {
        return type + " " + linkStateId + " adv " + advertisingRouter + " seq 0x"
                + Integer.toHexString(sequence) + " age " + age;
    }
}
