package org.looplab.lab;

import java.nio.file.Path;

/**
 * How to start a lab: where its state lives (H2 store and SSH host key), whether to forget saved
 * configs first, the random seed, the clock speed, and whether to converge before real time starts.
 *
 * @param stateDir folder for the H2 database (unless {@code jdbcUrl} is set) and the SSH host key
 * @param jdbcUrl  JDBC URL of the config store, or null for an H2 file in {@code stateDir}
 * @param reset    erase the lab's saved startup-configs before loading
 * @param cold     start the real-time clock at boot (watch adjacencies form) instead of first running
 *                 as fast as possible until routing is quiet
 * @param virtualOnly leave the clock as fast as possible after the start (a scenario drives it); no
 *                 real-time thread is started
 */
public record LabOptions(Path stateDir, String jdbcUrl, boolean reset, long seed, double speed, boolean cold,
        boolean virtualOnly) {
    public LabOptions(Path stateDir, String jdbcUrl, boolean reset, long seed, double speed, boolean cold) {
        this(stateDir, jdbcUrl, reset, seed, speed, cold, false);
    }

    /** Options for a lab that starts converged. */
    public LabOptions(Path stateDir, String jdbcUrl, boolean reset, long seed, double speed) {
        this(stateDir, jdbcUrl, reset, seed, speed, false);
    }
}
