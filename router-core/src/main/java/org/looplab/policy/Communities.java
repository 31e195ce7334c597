package org.looplab.policy;

/**
 * BGP communities (RFC 1997) as IOS reads and writes them: {@code AA:NN} (each 0..65535), a plain 32-bit
 * number, or a well-known name. Values are longs 0..4294967295.
 */
public final class Communities {
    /** {@code internet}: IOS's name for community 0, which every route matches in a community-list. */
    public static final long INTERNET = 0L;
    public static final long NO_EXPORT = 0xFFFFFF01L;
    public static final long NO_ADVERTISE = 0xFFFFFF02L;
    /** {@code local-AS} (RFC 1997's NO_EXPORT_SUBCONFED). */
    public static final long LOCAL_AS = 0xFFFFFF03L;

    private Communities() {
    }

    /** The value of a typed community, or null when it is none. */
    public static Long parse(String text) {
        switch (text) {
            case "internet":
                return INTERNET;
            case "no-export":
                return NO_EXPORT;
            case "no-advertise":
                return NO_ADVERTISE;
            case "local-AS":
                return LOCAL_AS;
            default:
                break;
        }
        try {
            int colon = text.indexOf(':');
            if (colon < 0) {
                long value = Long.parseLong(text);
                return value >= 0 && value <= 0xFFFFFFFFL ? value : null;
            }
            long high = Long.parseLong(text.substring(0, colon));
            long low = Long.parseLong(text.substring(colon + 1));
            if (high < 0 || high > 0xFFFF || low < 0 || low > 0xFFFF) {
                return null;
            }
            return high << 16 | low;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The AA:NN form ({@code ip bgp-community new-format}), or the well-known name. */
    public static String format(long value) {
        return format(value, true);
    }

    /**
     * As IOS shows a community: a well-known name, else AA:NN with {@code ip bgp-community new-format},
     * else (IOS's default) the 32-bit number.
     */
    public static String format(long value, boolean newFormat) {
        String name = wellKnownName(value);
        if (name != null) {
            return name;
        }
        return newFormat ? (value >>> 16) + ":" + (value & 0xFFFF) : Long.toString(value);
    }

    /** The well-known name of a value ({@code no-export}...), or null. */
    public static String wellKnownName(long value) {
        if (value == INTERNET) {
            return "internet";
        } else if (value == NO_EXPORT) {
            return "no-export";
        } else if (value == NO_ADVERTISE) {
            return "no-advertise";
        } else if (value == LOCAL_AS) {
            return "local-AS";
        }
        return null;
    }
}
