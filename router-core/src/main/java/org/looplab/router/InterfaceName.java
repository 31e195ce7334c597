package org.looplab.router;

import java.util.Locale;

/**
 * An interface name as IOS accepts it: any unique prefix of the type, then the number, with or without a
 * space ({@code Gi0/0}, {@code g 0/0}, {@code GigabitEthernet0/0}, {@code lo0}, {@code Loopback 0}).
 * Physical interfaces are slot 0, port N ({@code GigabitEthernet0/N}); loopbacks are {@code LoopbackN}.
 */
public record InterfaceName(Type type, int number) implements Comparable<InterfaceName> {
    public enum Type {
        GIGABIT_ETHERNET("GigabitEthernet", "Gi"),
        LOOPBACK("Loopback", "Lo"),
        /** The discard interface: IOS has exactly one, Null0, always up; routes to it drop packets. */
        NULL("Null", "Nu");

        private final String fullName;
        private final String shortName;

        Type(String fullName, String shortName) {
            this.fullName = fullName;
            this.shortName = shortName;
        }

        public String fullName() {
            return fullName;
        }

        public String shortName() {
            return shortName;
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

    public InterfaceName {
        if (number < 0) {
            throw new IllegalArgumentException("negative interface number");
        }
    }

    public static InterfaceName gigabitEthernet(int port) {
        return new InterfaceName(Type.GIGABIT_ETHERNET, port);
    }

    public static InterfaceName loopback(int number) {
        return new InterfaceName(Type.LOOPBACK, number);
    }

    /** {@code Null0}, the only null interface IOS has. */
    public static InterfaceName nullInterface() {
        return new InterfaceName(Type.NULL, 0);
    }

    /** Parses a name such as {@code Gi0/1} or {@code Loopback 3}; returns null when it is not one. */
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
        if (type == Type.GIGABIT_ETHERNET) {
            if (!number.startsWith("0/")) {
                return null;
            }
            number = number.substring(2);
        }
        if (number.isEmpty() || number.length() > 10 || !number.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(number);
        if (type == Type.NULL && value != 0) {
            return null; // IOS knows Null0 only
        }
        return value > MAX_LOOPBACK ? null : new InterfaceName(type, (int) value);
    }

    public boolean isLoopback() {
        return type == Type.LOOPBACK;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    /** The number part as IOS writes it: {@code 0/1} or {@code 3}. */
    public String numberText() {
        return type == Type.GIGABIT_ETHERNET ? "0/" + number : Integer.toString(number);
    }

    /** {@code GigabitEthernet0/1}. */
    public String fullName() {
        return type.fullName() + numberText();
    }

    /** {@code Gi0/1}. */
    public String shortName() {
        return type.shortName() + numberText();
    }

    @Override
    public int compareTo(InterfaceName other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return fullName();
    }
}
