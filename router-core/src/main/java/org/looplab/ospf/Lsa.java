package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/**
 * One LSA instance as it travels: header (RFC 2328 A.4.1) and body. Immutable, so one instance may sit in
 * many databases; the age it carries is its age when it was sent or installed, the database adds the time
 * since. The checksum is the real Fletcher checksum of the encoded LSA (12.1.7).
 *
 * <p>The copies of one origination at different ages share their key and body, and {@link #withAge}
 * hands out one instance per age: a flooded LSA reaches a thousand routers as a handful of objects (one
 * per age it arrives with), not a copy per router. Equality is by value, as a record's.
 */
public final class Lsa {
    /** What the copies of one origination share: the key, and the instances by age. */
    private static final class Family {
        private static final int CACHED_AGES = 64;
        final LsaKey key;
        Lsa[] byAge = new Lsa[4];
        Lsa maxAge;
        LsaLinks links;

        Family(LsaKey key) {
            this.key = key;
        }
    }

    private final LsaType type;
    private final Ipv4Address linkStateId;
    private final Ipv4Address advertisingRouter;
    private final int age;
    private final int sequence;
    private final int options;
    private final int checksum;
    private final int length;
    private final LsaBody body;
    private final Family family;

    public Lsa(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter, int age, int sequence,
               int options, int checksum, int length, LsaBody body) {
        this(type, linkStateId, advertisingRouter, age, sequence, options, checksum, length, body,
                new Family(new LsaKey(type, linkStateId, advertisingRouter)));
    }

    private Lsa(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter, int age, int sequence,
                int options, int checksum, int length, LsaBody body, Family family) {
        this.type = type;
        this.linkStateId = linkStateId;
        this.advertisingRouter = advertisingRouter;
        this.age = age;
        this.sequence = sequence;
        this.options = options;
        this.checksum = checksum;
        this.length = length;
        this.body = body;
        this.family = family;
        remember(this);
    }

    /** Records an instance as the family's copy for its age, unless one is there already. */
    private static void remember(Lsa lsa) {
        Family family = lsa.family;
        int age = lsa.age;
        if (age >= MAX_AGE) {
            if (family.maxAge == null) {
                family.maxAge = lsa;
            }
        } else if (age >= 0 && age < Family.CACHED_AGES) {
            if (age >= family.byAge.length) {
                family.byAge = java.util.Arrays.copyOf(family.byAge,
                        Math.min(Family.CACHED_AGES, Integer.highestOneBit(age) << 1));
            }
            if (family.byAge[age] == null) {
                family.byAge[age] = lsa;
            }
        }
    }

    public LsaType type() {
        return type;
    }

    public Ipv4Address linkStateId() {
        return linkStateId;
    }

    public Ipv4Address advertisingRouter() {
        return advertisingRouter;
    }

    public int age() {
        return age;
    }

    public int sequence() {
        return sequence;
    }

    public int options() {
        return options;
    }

    public int checksum() {
        return checksum;
    }

    public int length() {
        return length;
    }

    public LsaBody body() {
        return body;
    }

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

    /** The body as the SPF calculation reads it, computed once per origination. */
    LsaLinks links() {
        LsaLinks links = family.links;
        if (links == null) {
            links = LsaLinks.of(this);
            family.links = links;
        }
        return links;
    }

    /** The key, one object shared by every copy of this origination. */
    /**
     * A new instance of an LSA we already hold: it keeps the key object of the one it replaces, so every
     * database finds it by identity.
     */
    static Lsa originate(LsaKey key, int sequence, LsaBody body) {
        byte[] encoded = LsaChecksum.encode(key.type(), key.linkStateId(), key.advertisingRouter(), sequence, OPTIONS,
                body);
        int checksum = LsaChecksum.fletcher(encoded);
        return new Lsa(key.type(), key.linkStateId(), key.advertisingRouter(), 0, sequence, OPTIONS, checksum,
                encoded.length, body, new Family(key));
    }

    public LsaKey key() {
        return family.key;
    }

    /** This instance at another age (at most MaxAge): the family's shared copy for that age. */
    public Lsa withAge(int newAge) {
        if (newAge == age) {
            return this;
        }
        int capped = Math.min(newAge, MAX_AGE);
        Family f = family;
        if (capped >= MAX_AGE) {
            if (f.maxAge != null) {
                return f.maxAge;
            }
        } else if (capped >= 0 && capped < f.byAge.length && f.byAge[capped] != null) {
            return f.byAge[capped];
        }
        return new Lsa(type, linkStateId, advertisingRouter, capped, sequence, options, checksum, length, body, f);
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
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Lsa o && age == o.age && sequence == o.sequence && options == o.options
                && checksum == o.checksum && length == o.length && type == o.type
                && linkStateId.equals(o.linkStateId) && advertisingRouter.equals(o.advertisingRouter)
                && body.equals(o.body);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(type, linkStateId, advertisingRouter, age, sequence, options, checksum, length,
                body);
    }

    @Override
    public String toString() {
        return type + " " + linkStateId + " adv " + advertisingRouter + " seq 0x"
                + Integer.toHexString(sequence) + " age " + age;
    }
}
