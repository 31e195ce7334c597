package org.looplab.lab;

/** Where a router's startup-config came from, for the startup report. */
public enum StartupConfigSource {
    /** Saved by {@code write memory} in an earlier run. */
    SAVED("saved startup-config"),
    /** The topology's {@code startup-config} file. */
    TOPOLOGY_FILE("topology startup-config"),
    /** None in the topology: the kind's default config (containerlab's admin/admin login). */
    KIND_DEFAULT("kind's default config"),
    /** nvram: erased ({@code erase startup-config}) and nothing saved since: the kind's default config. */
    ERASED("kind's default config (nvram: erased)"),
    /** Neither: the router boots with an empty config. */
    NONE("no startup-config");

    private final String description;

    StartupConfigSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
