package org.looplab.bgp;

/**
 * An autonomous system number (RFC 6793: four octets, 1..4294967295). IOS 15 reads both the asplain
 * form ({@code 65536}) and the asdot form ({@code 1.0}) and writes asplain unless {@code bgp asnotation
 * dot} is set.
 */
public record AsNumber(long value) implements Comparable<AsNumber> {
    public static final long MAX = 0xFFFFFFFFL;
    /** RFC 6793: AS_TRANS, what a four-octet AS puts in the OPEN's two-octet field. */
    public static final int AS_TRANS = 23456;

    public AsNumber {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("AS " + value);
        }
    }

    /** Parses asplain or asdot; null when the text is no AS number IOS accepts. */
    public static AsNumber parse(String text) {
        try {
            int dot = text.indexOf('.');
            if (dot < 0) {
                long plain = Long.parseLong(text);
                return plain >= 1 && plain <= MAX ? new AsNumber(plain) : null;
            }
            long high = Long.parseLong(text.substring(0, dot));
            long low = Long.parseLong(text.substring(dot + 1));
            if (high < 0 || high > 0xFFFF || low < 0 || low > 0xFFFF || (high == 0 && low == 0)) {
                return null;
            }
            return new AsNumber(high << 16 | low);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** True for an AS that does not fit the OPEN's two-octet field. */
    public boolean isFourOctet() {
        return value > 0xFFFF;
    }

    /** The asdot form: {@code 1.0} for 65536, plain for two-octet numbers. */
    public String asDot() {
        return isFourOctet() ? (value >>> 16) + "." + (value & 0xFFFF) : Long.toString(value);
    }

    @Override
    public int compareTo(AsNumber other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
