package org.looplab.lab;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.looplab.router.Lab;
import org.looplab.sim.InternalErrors;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;
import org.looplab.topology.Topology;

/** A started lab: its routers on a kernel running in real time, and the store where configs are saved. */
public final class RunningLab implements AutoCloseable {
    private final Topology topology;
    private final Lab lab;
    private final ConfigStore store;
    private final Map<String, StartupConfigSource> configSources;
    private final List<String> warnings;
    private final RoutingActivity activity;
    private final Convergence.Result startConvergence;
    private boolean closed;
    private Timeline timeline;
    private final List<AutoCloseable> alsoClose = new java.util.ArrayList<>();

    RunningLab(Topology topology, Lab lab, ConfigStore store, Map<String, StartupConfigSource> configSources,
            List<String> warnings, RoutingActivity activity, Convergence.Result startConvergence) {
        this.activity = activity;
        this.startConvergence = startConvergence;
        this.topology = topology;
        this.lab = lab;
        this.store = store;
        this.configSources = Map.copyOf(configSources);
        this.warnings = List.copyOf(warnings);
    }

    public Topology topology() {
        return topology;
    }

    public Lab lab() {
        return lab;
    }

    /** Where each router's config came from, by node name. */
    public Map<String, StartupConfigSource> configSources() {
        return configSources;
    }

    /** Startup-config warnings, each {@code r1: line N: ...}. */
    public List<String> warnings() {
        return warnings;
    }

    /** Routing changes anywhere in the lab since boot; read on the kernel thread. */
    public RoutingActivity activity() {
        return activity;
    }

    /** The lab's timeline (router logs and console actions), or null for a lab built without one. */
    public Timeline timeline() {
        return timeline;
    }

    void useTimeline(Timeline timeline) {
        this.timeline = timeline;
    }

    /** The state folder's lock ({@link StateFolder#lock}), released last when the lab closes. */
    void holdFolderLock(AutoCloseable lock) {
        this.folderLock = lock;
    }

    /** How the start converged, or null for a cold start (real time from boot). */
    public Convergence.Result startConvergence() {
        return startConvergence;
    }

    private AutoCloseable folderLock;

    /** Closes {@code resource} (a service talking to the host) when the lab closes, first. */
    public synchronized void closeWith(AutoCloseable resource) {
        alsoClose.add(resource);
    }

    /** Stops the clock and closes the store; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (AutoCloseable resource : alsoClose) {
            try {
                resource.close();
            } catch (Exception e) {
                InternalErrors.report("closing " + resource.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(java.util.Locale.ROOT), e);
            }
        }
        lab.kernel().stop();
        if (timeline != null) {
            timeline.close();
        }
        try {
            store.close();
        } catch (SQLException e) {
            System.err.println("looplab: closing the config store: " + StoreFailure.reason(e));
        }
        if (folderLock != null) {
            try {
                folderLock.close();
            } catch (Exception ignored) {
                // the process ends the lock anyway
            }
        }
    }
}
