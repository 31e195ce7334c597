package org.looplab.router;

import java.util.Arrays;
import java.util.Locale;

/**
 * An interface name as IOS accepts it: any unique prefix of the type, then the number, with or without a
 * space ({@code Gi0/0}, {@code g 0/0}, {@code GigabitEthernet0/0}, {@code e0/1}, {@code fa0/1},
 * {@code gi1}, {@code se0/0/0}, {@code Gi0/0.10}, {@code lo0}, {@code Loopback 0}, {@code Po1}).
 * <p>
 * The number is what IOS writes after the type: one to three numbers joined by '/' (port, slot/port,
 * slot/subslot/port), then an optional subinterface after a dot. Whether a router has an interface is its
 * {@link PortLayout}'s business, not the name's: {@code GigabitEthernet1} is a good name, and a CSR has it
 * where an IOSv does not.
 */
public record InterfaceName(Type type, String numberText) implements Comparable<InterfaceName> {
    public enum Type {
        ETHERNET("Ethernet", "Et", true),
        FAST_ETHERNET("FastEthernet", "Fa", true),
        GIGABIT_ETHERNET("GigabitEthernet", "Gi", true),
        TEN_GIGABIT_ETHERNET("TenGigabitEthernet", "Te", true),
        /** A point-to-point serial line; {@code encapsulation} and {@code clock rate} are kept as settings. */
        SERIAL("Serial", "Se", true),
        /** An EtherChannel bundle: accepted as a name and a block, members are not bundled. */
        PORT_CHANNEL("Port-channel", "Po", false),
        LOOPBACK("Loopback", "Lo", false),
        /** A GRE tunnel: its packets travel inside others, from its source to its destination. */
        TUNNEL("Tunnel", "Tu", false),
        /** The discard interface: IOS has exactly one, Null0, always up; routes to it drop packets. */
        NULL("Null", "Nu", false),
        /** A switched virtual interface: accepted as a name and a block; no switching is simulated. */
        VLAN("Vlan", "Vl", false);

        private final String fullName;
        private final String shortName;
        private final boolean physical;

        Type(String fullName, String shortName, boolean physical) {
            this.fullName = fullName;
            this.shortName = shortName;
            this.physical = physical;
        }

        public String fullName() {
            return fullName;
        }

        public String shortName() {
            return shortName;
        }

        /** True for ports with a cable (Ethernet of every speed, Serial). */
        public boolean isPhysical() {
            return physical;
        }

        /** The type whose name starts with {@code prefix} (case-insensitive), or null. */
        public static Type byPrefix(String prefix) {
            if (prefix.isEmpty()) {
                return null;
            }
            String lower = prefix.toLowerCase(Locale.ROOT);
            for (Type type : values()) {
                if (type.fullName.toLowerCase(Locale.ROOT).startsWith(lower)) {
                    return type;
                }
            }
            return null;
        }
    }

    /** IOS's highest loopback number. */
    public static final int MAX_LOOPBACK = 2147483647;
    /** IOS's highest subinterface number. */
    public static final int MAX_SUBINTERFACE = 2147483647;

    public InterfaceName {
        if (type == null || numberText == null || !wellFormed(type, numberText)) {
            throw new IllegalArgumentException("not an interface number: " + type + " " + numberText);
        }
    }

    /** {@code GigabitEthernet0/port}, IOSv's form. */
    public static InterfaceName gigabitEthernet(int port) {
        return new InterfaceName(Type.GIGABIT_ETHERNET, "0/" + port);
    }

    public static InterfaceName loopback(int number) {
        return new InterfaceName(Type.LOOPBACK, Integer.toString(number));
    }

    /** {@code Null0}, the only null interface IOS has. */
    public static InterfaceName nullInterface() {
        return new InterfaceName(Type.NULL, "0");
    }

    /** A name of {@code type} with the given numbers ({@code of(ETHERNET, 1, 2)} is Ethernet1/2). */
    public static InterfaceName of(Type type, int... numbers) {
        StringBuilder text = new StringBuilder();
        for (int number : numbers) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(number);
        }
        return new InterfaceName(type, text.toString());
    }

    /** Parses a name such as {@code Gi0/1}, {@code se0/0/0}, {@code Gi0/0.10} or {@code Loopback 3}; null when it is not one. */
    public static InterfaceName parse(String text) {
        String trimmed = text.trim();
        int digits = 0;
        while (digits < trimmed.length() && !Character.isDigit(trimmed.charAt(digits))) {
            digits++;
        }
        Type type = Type.byPrefix(trimmed.substring(0, digits).trim());
        if (type == null) {
            return null;
        }
        String number = trimmed.substring(digits);
        if (!wellFormed(type, number)) {
            return null;
        }
        return new InterfaceName(type, canonical(number));
    }

    /** IOS writes numbers without leading zeros: {@code Gi0/01} is Gi0/1. */
    private static String canonical(String number) {
        StringBuilder out = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= number.length(); i++) {
            char c = i < number.length() ? number.charAt(i) : '\0';
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                out.append(Long.parseLong(digits.toString()));
                digits.setLength(0);
                if (c != '\0') {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static boolean wellFormed(Type type, String number) {
        int dot = number.indexOf('.');
        String main = dot < 0 ? number : number.substring(0, dot);
        String[] parts = main.split("/", -1);
        if (parts.length > 3 || (!type.isPhysical() && parts.length > 1)) {
            return false;
        }
        for (String part : parts) {
            if (!isNumber(part, MAX_LOOPBACK)) {
                return false;
            }
        }
        if (dot >= 0) {
            if (type == Type.LOOPBACK || type == Type.NULL || type == Type.VLAN || type == Type.TUNNEL || !isNumber(number.substring(dot + 1), MAX_SUBINTERFACE)) {
                return false;
            }
        }
        return type != Type.NULL || Long.parseLong(parts[0]) == 0; // IOS knows Null0 only
    }

    private static boolean isNumber(String text, long max) {
        return !text.isEmpty() && text.length() <= 10 && text.chars().allMatch(Character::isDigit)
                && Long.parseLong(text) <= max;
    }

    public boolean isLoopback() {
        return type == Type.LOOPBACK;
    }

    /**
     * An interface IOS creates by configuration whose function looplab does not simulate: a Port-channel (no
     * members are bundled) or a Vlan (no switching). It is kept with its lines, and stays down.
     */
    public boolean isUnsimulatedVirtual() {
        return type == Type.PORT_CHANNEL || type == Type.VLAN;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    /** A subinterface ({@code Gi0/0.10}): it rides on its parent's cable. */
    public boolean isSubinterface() {
        return numberText.indexOf('.') >= 0;
    }

    /** A port with a cable of its own: physical type and not a subinterface. */
    public boolean isPhysicalPort() {
        return type.isPhysical() && !isSubinterface();
    }

    /** The interface a subinterface belongs to ({@code Gi0/0} of {@code Gi0/0.10}); itself otherwise. */
    public InterfaceName parent() {
        int dot = numberText.indexOf('.');
        return dot < 0 ? this : new InterfaceName(type, numberText.substring(0, dot));
    }

    /** The subinterface number, or -1. */
    public long subinterface() {
        int dot = numberText.indexOf('.');
        return dot < 0 ? -1 : Long.parseLong(numberText.substring(dot + 1));
    }

    /** The numbers before the subinterface: {@code [0, 1]} for Gi0/1, {@code [2]} for Gi2. */
    public int[] numbers() {
        String main = parent().numberText;
        return Arrays.stream(main.split("/")).mapToInt(Integer::parseInt).toArray();
    }

    /** The last number before the subinterface (the port of {@code 0/1}, the number of {@code Loopback3}). */
    public int number() {
        int[] numbers = numbers();
        return numbers[numbers.length - 1];
    }

    /** {@code GigabitEthernet0/1}. */
    public String fullName() {
        return type.fullName() + numberText;
    }

    /** {@code Gi0/1}. */
    public String shortName() {
        return type.shortName() + numberText;
    }

    @Override
    public int compareTo(InterfaceName other) {
        int byType = type.compareTo(other.type);
        if (byType != 0) {
            return byType;
        }
        return compareNumbers(numberText, other.numberText);
    }

    /**
     * {@code 0/1} against {@code 0/1.10}: number by number, a shorter list first, then the subinterface (none
     * first). Read in place, without allocating: names are compared on every look-up of an interface map.
     */
    private static int compareNumbers(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            boolean endA = i == a.length() || a.charAt(i) == '.';
            boolean endB = j == b.length() || b.charAt(j) == '.';
            if (endA || endB) {
                if (endA != endB) {
                    return endA ? -1 : 1;
                }
                return Long.compare(i == a.length() ? -1 : digitsFrom(a, i + 1), j == b.length() ? -1 : digitsFrom(b, j + 1));
            }
            long numberA = digitsFrom(a, i);
            long numberB = digitsFrom(b, j);
            if (numberA != numberB) {
                return Long.compare(numberA, numberB);
            }
            i = skipNumber(a, i);
            j = skipNumber(b, j);
        }
    }

    private static long digitsFrom(String text, int from) {
        long value = 0;
        for (int at = from; at < text.length() && Character.isDigit(text.charAt(at)); at++) {
            value = value * 10 + text.charAt(at) - '0';
        }
        return value;
    }

    /** The position after the number at {@code from} and its '/' separator, if any. */
    private static int skipNumber(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        return at < text.length() && text.charAt(at) == '/' ? at + 1 : at;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
