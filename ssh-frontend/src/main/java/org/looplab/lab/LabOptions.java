package org.looplab.lab;

import java.nio.file.Path;

/**
 * How to start a lab: where its state lives (H2 store and SSH host key), whether to forget saved
 * configs first, the random seed and the clock speed.
 *
 * @param stateDir folder for the H2 database (unless {@code jdbcUrl} is set) and the SSH host key
 * @param jdbcUrl  JDBC URL of the config store, or null for an H2 file in {@code stateDir}
 * @param reset    erase the lab's saved startup-configs before loading
 */
public record LabOptions(Path stateDir, String jdbcUrl, boolean reset, long seed, double speed) {
}
