package org.looplab.aaa;

/**
 * One method of an {@code aaa authentication login} list, in the words IOS writes: {@code local},
 * {@code enable}, {@code line}, {@code none}, {@code group radius} or {@code group NAME}.
 */
public record AaaMethod(Kind kind, String group) {
    public enum Kind { LOCAL, ENABLE, LINE, NONE, GROUP }

    public static final AaaMethod LOCAL = new AaaMethod(Kind.LOCAL, null);
    public static final AaaMethod ENABLE = new AaaMethod(Kind.ENABLE, null);
    public static final AaaMethod LINE = new AaaMethod(Kind.LINE, null);
    public static final AaaMethod NONE = new AaaMethod(Kind.NONE, null);

    public static AaaMethod group(String name) {
        return new AaaMethod(Kind.GROUP, name);
    }

    /** True when the method checks a user name as well as a password (so telnet asks "Username:"). */
    public boolean needsUserName() {
        return kind == Kind.LOCAL || kind == Kind.GROUP;
    }

    /** As running-config writes it. */
    public String configText() {
        return kind == Kind.GROUP ? "group " + group : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
