package org.looplab.config;

import java.util.EnumSet;
import java.util.Set;

/**
 * One {@code line} block of the configuration ({@code line con 0}, {@code line vty 0 4}) and its
 * settings. A null setting is the IOS default, which running-config does not write.
 */
public final class TerminalLine {
    /** The kinds of line, with the name IOS writes in running-config. */
    public enum Kind {
        CONSOLE("con"), AUX("aux"), VTY("vty");

        private final String shortName;

        Kind(String shortName) {
            this.shortName = shortName;
        }

        public String shortName() {
            return shortName;
        }
    }

    /** How a session on the line logs in: the line password ({@code login}) or the username table. */
    public enum Login { LINE_PASSWORD, LOCAL }

    /** Protocols of {@code transport input}; an empty set is {@code transport input none}. */
    public enum Transport { SSH, TELNET }

    private final Kind kind;
    private final int first;
    private final int last;
    private Login login;
    private Set<Transport> transportInput;
    private int[] execTimeout;
    private Integer privilegeLevel;
    private String accessClass;
    private boolean accessClassVrfAlso;
    private String password;
    private Integer sessionLimit;
    private boolean loggingSynchronous;
    /** {@code stopbits N} of an async line (1, 1.5 or 2 as typed), null for the default; no serial line carries it here. */
    private String stopBits;
    private String loginAuthentication;
    private Set<Transport> transportOutput;
    private boolean noExec;

    public TerminalLine(Kind kind, int first, int last) {
        this.kind = kind;
        this.first = first;
        this.last = last;
    }

    /** {@code line vty 0 4} as a lab router starts: SSH only, users from the username table. */
    public static TerminalLine sshVty() {
        TerminalLine vty = new TerminalLine(Kind.VTY, 0, 4);
        vty.setLogin(Login.LOCAL);
        vty.setTransportInput(EnumSet.of(Transport.SSH));
        return vty;
    }

    public Kind kind() {
        return kind;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    /** {@code con 0}, {@code vty 0 4}. */
    public String range() {
        return kind.shortName() + " " + first + (last != first ? " " + last : "");
    }

    public Login login() {
        return login;
    }

    public void setLogin(Login login) {
        this.login = login;
    }

    public Set<Transport> transportInput() {
        return transportInput;
    }

    public void setTransportInput(Set<Transport> transports) {
        this.transportInput = transports == null ? null
                : transports.isEmpty() ? EnumSet.noneOf(Transport.class) : EnumSet.copyOf(transports);
    }

    /** {minutes, seconds}, or null for IOS's default of 10 minutes. */
    public int[] execTimeout() {
        return execTimeout == null ? null : execTimeout.clone();
    }

    /** IOS's {@code exec-timeout 10 0}. */
    public static final long DEFAULT_EXEC_TIMEOUT_SECONDS = 600;

    /** The idle time after which EXEC ends a session, in seconds; 0 is never. */
    public long execTimeoutSeconds() {
        return execTimeout == null ? DEFAULT_EXEC_TIMEOUT_SECONDS : execTimeout[0] * 60L + execTimeout[1];
    }

    public void setExecTimeout(int[] minutesSeconds) {
        this.execTimeout = minutesSeconds == null ? null : minutesSeconds.clone();
    }

    /** {@code exec}, IOS's default: a session on the line gets an EXEC; {@code no exec} closes it instead. */
    public boolean exec() {
        return !noExec;
    }

    public void setExec(boolean on) {
        this.noExec = !on;
    }

    /** {@code access-class NAME in}: the list a connection's source must pass, or null. */
    public String accessClass() {
        return accessClass;
    }

    public boolean accessClassVrfAlso() {
        return accessClassVrfAlso;
    }

    public void setAccessClass(String name, boolean vrfAlso) {
        this.accessClass = name;
        this.accessClassVrfAlso = name != null && vrfAlso;
    }

    /**
     * The line {@code password}, kept as typed so that {@code login} can check it; running-config writes
     * it as type 7 under {@code service password-encryption}, as IOS. Never logged.
     */
    public String password() {
        return password;
    }

    public void setPassword(String plainText) {
        this.password = plainText;
    }

    /** {@code logging synchronous}: messages redraw the line being typed. */
    public boolean loggingSynchronous() {
        return loggingSynchronous;
    }

    public void setLoggingSynchronous(boolean on) {
        this.loggingSynchronous = on;
    }

    public Integer sessionLimit() {
        return sessionLimit;
    }

    public void setSessionLimit(Integer limit) {
        this.sessionLimit = limit;
    }

    /** {@code login authentication LIST}, or null for the default list. */
    public String loginAuthentication() {
        return loginAuthentication;
    }

    public void setLoginAuthentication(String list) {
        this.loginAuthentication = list;
    }

    public Set<Transport> transportOutput() {
        return transportOutput;
    }

    public void setTransportOutput(Set<Transport> transports) {
        this.transportOutput = transports == null ? null
                : transports.isEmpty() ? EnumSet.noneOf(Transport.class) : EnumSet.copyOf(transports);
    }

    /** True when {@code transport input} lets this protocol in; unset is IOS 15's default, all. */
    public boolean allowsInput(Transport transport) {
        return transportInput == null || transportInput.contains(transport);
    }

    /** True when {@code transport output} lets a session on this line open this protocol; unset is all. */
    public boolean allowsOutput(Transport transport) {
        return transportOutput == null || transportOutput.contains(transport);
    }

    /**
     * How a session on this line logs in: {@code login local}, {@code login} (the line password), or, when
     * unset, IOS's vty default {@code login}; the console logs in without a password by default.
     */
    public Login effectiveLogin() {
        return login != null ? login : kind == Kind.VTY ? Login.LINE_PASSWORD : null;
    }

    public Integer privilegeLevel() {
        return privilegeLevel;
    }

    public void setPrivilegeLevel(Integer level) {
        this.privilegeLevel = level;
    }

    public String stopBits() {
        return stopBits;
    }

    public void setStopBits(String stopBits) {
        this.stopBits = stopBits;
    }
}
