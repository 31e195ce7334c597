package org.looplab.bgp.attr;

import java.util.Arrays;

/**
 * An AS_PATH (RFC 4271 5.1.2) of four-octet AS numbers (RFC 6793), immutable. Held as one int array,
 * segment after segment: {@code [type, count, as1 .. asN, type, count, ...]}, AS numbers as unsigned
 * ints, so a path costs one small array and no object per segment.
 */
public final class AsPath {
    public static final int AS_SET = 1;
    public static final int AS_SEQUENCE = 2;
    /** RFC 5065 confederation segments: accepted and carried, not counted in the length. */
    public static final int AS_CONFED_SEQUENCE = 3;
    public static final int AS_CONFED_SET = 4;
    /** A segment holds at most 255 AS numbers (its count is one octet). */
    static final int MAX_SEGMENT = 255;

    public static final AsPath EMPTY = new AsPath(new int[0]);

    private final int[] data;
    private final int hash;

    private AsPath(int[] data) {
        this.data = data;
        this.hash = Arrays.hashCode(data);
    }

    /** A path from its segment array ({@code [type, count, as...]*}); null when the layout is broken. */
    public static AsPath ofSegments(int[] data) {
        int i = 0;
        while (i < data.length) {
            if (i + 1 >= data.length || data[i] < AS_SET || data[i] > AS_CONFED_SET || data[i + 1] < 1
                    || data[i + 1] > MAX_SEGMENT) {
                return null;
            }
            i += 2 + data[i + 1];
        }
        return i == data.length ? (data.length == 0 ? EMPTY : new AsPath(data.clone())) : null;
    }

    /** One AS_SEQUENCE of these AS numbers (empty: the empty path). */
    public static AsPath sequence(long... asNumbers) {
        return EMPTY.prepend(asNumbers);
    }

    /** The segment array, a copy. */
    public int[] segments() {
        return data.clone();
    }

    /** True for the empty path (a route of our own AS). */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /**
     * The length the decision process compares (RFC 4271 9.1.2.2 a): each AS of a sequence counts one, an
     * AS_SET counts one whatever its size, confederation segments do not count (RFC 5065 5.3).
     */
    public int length() {
        int length = 0;
        for (int i = 0; i < data.length; i += 2 + data[i + 1]) {
            if (data[i] == AS_SEQUENCE) {
                length += data[i + 1];
            } else if (data[i] == AS_SET) {
                length++;
            }
        }
        return length;
    }

    /** How many times the AS appears anywhere in the path (loop detection, RFC 4271 9.1.2). */
    public int count(long asNumber) {
        int found = 0;
        for (int i = 0; i < data.length; i += 2 + data[i + 1]) {
            for (int k = 0; k < data[i + 1]; k++) {
                if (Integer.toUnsignedLong(data[i + 2 + k]) == asNumber) {
                    found++;
                }
            }
        }
        return found;
    }

    /**
     * The neighbouring AS for MED comparison (RFC 4271 9.1.2.2 c): the first AS of a leading AS_SEQUENCE,
     * or 0 when the path is empty or starts otherwise (a locally originated path, a confederation path).
     */
    public long firstAs() {
        return data.length > 0 && data[0] == AS_SEQUENCE ? Integer.toUnsignedLong(data[2]) : 0;
    }

    /** Every AS number in order, segment types ignored. */
    public long[] asNumbers() {
        long[] all = new long[data.length];
        int n = 0;
        for (int i = 0; i < data.length; i += 2 + data[i + 1]) {
            for (int k = 0; k < data[i + 1]; k++) {
                all[n++] = Integer.toUnsignedLong(data[i + 2 + k]);
            }
        }
        return Arrays.copyOf(all, n);
    }

    /**
     * The path with these AS numbers in front (the first one leftmost), as a speaker prepends its AS when
     * advertising to an external peer (RFC 4271 5.1.2): into the leading AS_SEQUENCE while it has room,
     * else in new segments.
     */
    public AsPath prepend(long... asNumbers) {
        if (asNumbers.length == 0) {
            return this;
        }
        int[] result = data;
        for (int n = asNumbers.length - 1; n >= 0; n--) {
            int as = (int) asNumbers[n];
            if (result.length > 0 && result[0] == AS_SEQUENCE && result[1] < MAX_SEGMENT) {
                int[] grown = new int[result.length + 1];
                grown[0] = AS_SEQUENCE;
                grown[1] = result[1] + 1;
                grown[2] = as;
                System.arraycopy(result, 2, grown, 3, result.length - 2);
                result = grown;
            } else {
                int[] grown = new int[result.length + 3];
                grown[0] = AS_SEQUENCE;
                grown[1] = 1;
                grown[2] = as;
                System.arraycopy(result, 0, grown, 3, result.length);
                result = grown;
            }
        }
        return new AsPath(result);
    }

    /** True when any AS of the path does not fit two octets (a two-octet peer then needs AS4_PATH). */
    public boolean hasFourOctetAs() {
        for (int i = 0; i < data.length; i += 2 + data[i + 1]) {
            for (int k = 0; k < data[i + 1]; k++) {
                if (Integer.toUnsignedLong(data[i + 2 + k]) > 0xFFFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * RFC 6793 4.2.3: a two-octet peer's AS_PATH (with AS_TRANS in place of four-octet numbers) merged with
     * its AS4_PATH: the leading AS numbers of AS_PATH that AS4_PATH lacks, then AS4_PATH. When AS4_PATH is
     * longer than AS_PATH it is ignored.
     */
    public AsPath mergeAs4(AsPath as4) {
        int extra = length() - as4.length();
        if (extra < 0) {
            return this;
        }
        // Take whole leading units (an AS of a sequence, or a set) until "extra" of them are taken.
        int[] out = new int[data.length + as4.data.length];
        int n = 0;
        int taken = 0;
        for (int i = 0; i < data.length && taken < extra; i += 2 + data[i + 1]) {
            int type = data[i];
            int count = data[i + 1];
            if (type == AS_SEQUENCE) {
                int use = Math.min(count, extra - taken);
                out[n++] = type;
                out[n++] = use;
                System.arraycopy(data, i + 2, out, n, use);
                n += use;
                taken += use;
            } else {
                out[n++] = type;
                out[n++] = count;
                System.arraycopy(data, i + 2, out, n, count);
                n += count;
                if (type == AS_SET) {
                    taken++;
                }
            }
        }
        System.arraycopy(as4.data, 0, out, n, as4.data.length);
        n += as4.data.length;
        AsPath merged = ofSegments(Arrays.copyOf(out, n));
        return merged != null ? merged : this;
    }

    /** The path with every four-octet AS replaced by AS_TRANS (RFC 6793 4.2.2), for a two-octet peer. */
    public AsPath withAsTrans() {
        int[] out = data.clone();
        for (int i = 0; i < out.length; i += 2 + out[i + 1]) {
            for (int k = 0; k < out[i + 1]; k++) {
                if (Integer.toUnsignedLong(out[i + 2 + k]) > 0xFFFF) {
                    out[i + 2 + k] = 23456;
                }
            }
        }
        return new AsPath(out);
    }

    /** Bytes this path holds (array and object), for the memory figures. */
    public int memoryBytes() {
        return 16 + 16 + 4 * data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AsPath path && hash == path.hash && Arrays.equals(data, path.data);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * As IOS prints it: {@code 65001 65002 {65003,65004}}, confederation segments in parentheses
     * ({@code (65010 65011)} and {@code [65012,65013]}); empty for a local path.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < data.length; i += 2 + data[i + 1]) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int type = data[i];
            String open = switch (type) {
                case AS_SET -> "{";
                case AS_CONFED_SEQUENCE -> "(";
                case AS_CONFED_SET -> "[";
                default -> "";
            };
            String close = switch (type) {
                case AS_SET -> "}";
                case AS_CONFED_SEQUENCE -> ")";
                case AS_CONFED_SET -> "]";
                default -> "";
            };
            String separator = type == AS_SET || type == AS_CONFED_SET ? "," : " ";
            text.append(open);
            for (int k = 0; k < data[i + 1]; k++) {
                if (k > 0) {
                    text.append(separator);
                }
                text.append(Integer.toUnsignedLong(data[i + 2 + k]));
            }
            text.append(close);
        }
        return text.toString();
    }
}
