package org.looplab.ospf;

/**
 * An LSA as a database holds it: the instance and the virtual time it was installed, from which its
 * current age follows (RFC 2328 14: the age grows by one each second it sits in the database).
 */
public final class LsdbEntry {
    /** Replaced in place when a newer instance of the same LSA is installed (no new entry per install). */
    Lsa lsa;
    long installedNanos;

    LsdbEntry(Lsa lsa, long installedNanos) {
        this.lsa = lsa;
        this.installedNanos = installedNanos;
    }

    public Lsa lsa() {
        return lsa;
    }

    public long installedNanos() {
        return installedNanos;
    }

    /** The LSA's age in seconds at virtual time {@code now}, at most MaxAge. */
    public int ageAt(long nowNanos) {
        if (lsa.age() >= Lsa.MAX_AGE) {
            return Lsa.MAX_AGE;
        }
        long age = lsa.age() + (nowNanos - installedNanos) / 1_000_000_000L;
        return (int) Math.min(age, Lsa.MAX_AGE);
    }
}
