package org.looplab.vty;

import org.looplab.router.Router;

/**
 * A router's SSH server settings: {@code ip domain-name}, the RSA key made by {@code crypto key generate
 * rsa} (its modulus; IOS keeps the key itself in NVRAM, not in running-config), {@code ip ssh version}
 * {@code ip ssh authentication-retries} and {@code ip ssh time-out}. Without a key the SSH server is off and port 22 refuses
 * connections, as on IOS. Kernel thread only.
 */
public final class SshServerState {
    public static final int DEFAULT_MODULUS = 1024;
    public static final int DEFAULT_RETRIES = 3;
    /** IOS's {@code ip ssh time-out}: 120 s for the client to log in. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;

    private String domainName;
    private Integer keyModulus;
    private Integer version;
    private int authenticationRetries = DEFAULT_RETRIES;
    private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    private org.looplab.router.InterfaceName sourceInterface;
    private boolean scpServer;

    /** {@code ip scp server enable}: the SSH server answers scp's exec requests with the router's flash. */
    public boolean scpServer() {
        return scpServer;
    }

    public void setScpServer(boolean enabled) {
        this.scpServer = enabled;
    }

    public static SshServerState of(Router router) {
        return router.attachment(SshServerState.class, r -> new SshServerState());
    }

    public boolean enabled() {
        return keyModulus != null;
    }

    public String domainName() {
        return domainName;
    }

    public void setDomainName(String name) {
        this.domainName = name;
    }

    public Integer keyModulus() {
        return keyModulus;
    }

    public void setKeyModulus(Integer modulus) {
        this.keyModulus = modulus;
    }

    /** {@code ip ssh version 1|2}, or null for IOS's default (1.99: both). */
    public Integer version() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** {@code ip ssh source-interface IF}: the address outgoing SSH sessions come from, or null. */
    public org.looplab.router.InterfaceName sourceInterface() {
        return sourceInterface;
    }

    public void setSourceInterface(org.looplab.router.InterfaceName name) {
        this.sourceInterface = name;
    }

    /** {@code ip ssh time-out N}: the seconds a client has from connecting to logging in. */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(int seconds) {
        this.timeoutSeconds = seconds;
    }

    public int authenticationRetries() {
        return authenticationRetries;
    }

    public void setAuthenticationRetries(int retries) {
        this.authenticationRetries = retries;
    }
}
