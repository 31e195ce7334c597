package org.looplab.policy;

import org.looplab.net.Ipv4Prefix;

/**
 * {@code ip prefix-list NAME seq N permit|deny A.B.C.D/L [ge G] [le L]}; {@code ge} and {@code le} are 0
 * when not given. Without either the entry matches exactly the prefix; {@code ge} alone means up to /32,
 * {@code le} alone means from the prefix's own length (Cisco, "Configuring a Prefix List Entry").
 */
public record PrefixListEntry(long sequence, boolean permit, Ipv4Prefix prefix, int ge, int le) {
    public static final long MAX_SEQUENCE = 4_294_967_294L;

    /** The shortest length this entry matches. */
    public int minLength() {
        return ge > 0 ? ge : prefix.length();
    }

    /** The longest length this entry matches. */
    public int maxLength() {
        if (le > 0) {
            return le;
        }
        return ge > 0 ? 32 : prefix.length();
    }

    /** True when {@code candidate} falls in the prefix and its length in [minLength, maxLength]. */
    public boolean matches(Ipv4Prefix candidate) {
        int length = candidate.length();
        if (length < minLength() || length > maxLength()) {
            return false;
        }
        int mask = Ipv4Prefix.maskBits(prefix.length());
        return (candidate.network().bits() & mask) == prefix.network().bits();
    }

    /** True when the ranges are as IOS requires: len &lt; ge &lt;= le &lt;= 32 (each part as given). */
    public boolean hasValidRange() {
        int length = prefix.length();
        if (ge > 0 && (ge <= length || ge > 32)) {
            return false;
        }
        if (le > 0 && (le <= length || le > 32 || (ge > 0 && le < ge))) {
            return false;
        }
        return true;
    }

    /** True when the entry says the same thing (sequence aside). */
    public boolean sameRule(PrefixListEntry other) {
        return permit == other.permit && prefix.equals(other.prefix) && ge == other.ge && le == other.le;
    }

    /** The words after {@code seq N}: {@code permit 10.0.0.0/8 ge 16 le 24}. */
    public String ruleText() {
        StringBuilder text = new StringBuilder(permit ? "permit " : "deny ").append(prefix);
        if (ge > 0) {
            text.append(" ge ").append(ge);
        }
        if (le > 0) {
            text.append(" le ").append(le);
        }
        return text.toString();
    }
}
