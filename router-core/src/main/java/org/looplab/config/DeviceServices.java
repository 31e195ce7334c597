package org.looplab.config;

/**
 * The {@code service} lines: how log and debug messages are timestamped and whether passwords are
 * encrypted in the configuration. A null timestamp style is {@code no service timestamps}.
 */
public final class DeviceServices {
    /** IOSv's factory setting for both facilities. */
    public static final String DEFAULT_TIMESTAMPS = "datetime msec";

    private String debugTimestamps = DEFAULT_TIMESTAMPS;
    private String logTimestamps = DEFAULT_TIMESTAMPS;
    private boolean passwordEncryption;

    public String debugTimestamps() {
        return debugTimestamps;
    }

    public void setDebugTimestamps(String style) {
        this.debugTimestamps = style;
    }

    public String logTimestamps() {
        return logTimestamps;
    }

    public void setLogTimestamps(String style) {
        this.logTimestamps = style;
    }

    public boolean passwordEncryption() {
        return passwordEncryption;
    }

    public void setPasswordEncryption(boolean on) {
        this.passwordEncryption = on;
    }
}
