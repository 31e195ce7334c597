package org.looplab.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.config.Secret;
import org.looplab.config.TerminalLine;
import org.looplab.config.UserAccount;
import org.looplab.discovery.DiscoveryProtocols;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.InternalErrors;
import org.looplab.sim.Kernel;
import org.looplab.ssh.OwnerOnlyFiles;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;
import org.looplab.topology.FileReason;
import org.looplab.topology.TextFile;
import org.looplab.topology.NodeKind;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLink;
import org.looplab.topology.TopologyNode;

/**
 * Turns a topology into a running lab: routers and links on a new kernel, each router's startup-config
 * (the one saved by {@code write memory} if the store has it, else the topology's file), then the clock
 * run as fast as possible until routing is quiet ({@link Convergence}), then switched to real time.
 * All of it happens before anyone can log in. A cold start ({@link LabOptions#cold()}) switches to real
 * time right after boot.
 */
public final class LabStarter {
    private LabStarter() {
    }

    public static RunningLab start(Topology topology, LabOptions options) throws LabStartupException {
        return start(topology, options, progress -> { });
    }

    /** Starts a lab, telling {@code progress} how a long boot goes (lines without a trailing newline). */
    public static RunningLab start(Topology topology, LabOptions options, Consumer<String> progress)
            throws LabStartupException {
        String jdbcUrl = options.jdbcUrl() != null ? options.jdbcUrl() : ConfigStore.fileUrl(options.stateDir());
        try {
            OwnerOnlyFiles.folder(options.stateDir());
        } catch (IOException e) {
            // An existing folder that refuses us (read-only, immutable) is not one we failed to create.
            throw new LabStartupException((Files.isDirectory(options.stateDir()) ? "cannot write in" : "cannot create")
                    + " the state folder " + options.stateDir() + ": " + FileReason.of(e));
        }
        StateFolder.checkWritable(options.stateDir(), options.jdbcUrl() == null);
        AutoCloseable folderLock = options.jdbcUrl() == null ? StateFolder.lock(options.stateDir()) : null;
        try {
            RunningLab running = startLocked(topology, options, jdbcUrl, progress);
            running.holdFolderLock(folderLock);
            return running;
        } catch (LabStartupException | RuntimeException e) {
            if (folderLock != null) {
                try {
                    folderLock.close();
                } catch (Exception ignored) {
                    // the startup error is the one worth reporting
                }
            }
            throw e;
        }
    }

    private static RunningLab startLocked(Topology topology, LabOptions options, String jdbcUrl, Consumer<String> progress)
            throws LabStartupException {
        InternalErrors.logTo(options.stateDir().toAbsolutePath().resolve("errors.log"));
        ConfigStore store;
        try {
            store = ConfigStore.open(jdbcUrl);
            OwnerOnlyFiles.folder(options.stateDir()); // the database file H2 has just created
        } catch (IOException e) {
            throw new LabStartupException("cannot restrict the state folder " + options.stateDir() + ": "
                    + FileReason.of(e));
        } catch (SQLException e) {
            throw new LabStartupException("cannot open the config store " + jdbcUrl + ": "
                    + (String.valueOf(e.getMessage()).contains("locked") || String.valueOf(e.getMessage()).contains("already in use")
                            ? "the database is in use (is another looplab running on this state folder?)"
                            : StoreFailure.reason(e)));
        }
        try {
            return startWithStore(topology, options, store, jdbcUrl, progress);
        } catch (LabStartupException | RuntimeException e) {
            try {
                store.close();
            } catch (SQLException ignored) {
                // the startup error is the one worth reporting
            }
            throw e;
        }
    }

    private static RunningLab startWithStore(Topology topology, LabOptions options, ConfigStore store, String jdbcUrl,
            Consumer<String> progress) throws LabStartupException {
        Map<String, String> configs = new LinkedHashMap<>();
        Map<String, StartupConfigSource> sources = new LinkedHashMap<>();
        Map<String, List<org.looplab.files.StoredFile>> files;
        try {
            if (options.reset()) {
                store.eraseLab(topology.name());
            }
            files = store.loadFiles(topology.name());
            for (TopologyNode node : topology.nodes()) {
                Optional<String> saved = node.isExternal() ? Optional.empty()
                        : store.loadStartupConfig(topology.name(), node.name());
                if (saved.isPresent()) {
                    configs.put(node.name(), saved.get());
                    sources.put(node.name(), StartupConfigSource.SAVED);
                } else if (!node.isExternal() && store.startupConfigErased(topology.name(), node.name())) {
                    // nvram: erased: the kind's default, as a containerlab node without a startup-config;
                    // the topology's file was for the first boot.
                    configs.put(node.name(), node.kind().defaultConfig(node.name()));
                    sources.put(node.name(), StartupConfigSource.ERASED);
                } else {
                    // The topology's config, a partial one after the kind's default, or the kind's default.
                    try {
                        configs.put(node.name(), node.bootConfig());
                    } catch (IOException e) {
                        // Checked when the topology was loaded; the file changed since.
                        throw new LabStartupException("node " + node.name() + ": cannot read its startup-config "
                                + node.startupConfig() + ": " + (e instanceof TextFile.NotText notText
                                        ? notText.reason() + " (line " + notText.line() + ")" : FileReason.of(e)));
                    }
                    sources.put(node.name(), node.hasStartupConfig() ? StartupConfigSource.TOPOLOGY_FILE
                            : StartupConfigSource.KIND_DEFAULT);
                }
            }
        } catch (SQLException e) {
            throw new LabStartupException("reading saved configs from the config store: " + StoreFailure.reason(e));
        }

        org.looplab.store.EventStore events;
        try {
            events = org.looplab.store.EventStore.open(jdbcUrl);
        } catch (SQLException e) {
            throw new LabStartupException("cannot open the timeline in " + jdbcUrl + ": " + firstLine(e));
        }
        Kernel kernel = new Kernel(options.seed());
        Lab lab = new Lab(topology.name(), kernel);
        lab.setCalendarAtStart(Instant.now());
        lab.setConfigStore(store);
        RoutingActivity[] activity = new RoutingActivity[1];
        Timeline[] timeline = new Timeline[1];
        Map<String, TopologyNode> nodesByName = new LinkedHashMap<>();
        topology.nodes().forEach(node -> nodesByName.put(node.name(), node));
        List<String> warnings = kernel.call(() -> {
            buildRouters(lab, topology);
            activity[0] = RoutingActivity.watch(lab);
            timeline[0] = Timeline.start(lab, events);
            List<String> found = new ArrayList<>();
            long wallStart = System.nanoTime();
            long nextProgress = wallStart + 1_000_000_000L;
            int booted = 0;
            for (Router router : lab.routers()) {
                String text = configs.get(router.name());
                router.setStartupConfigText(sources.get(router.name()) == StartupConfigSource.ERASED ? null : text);
                TopologyNode booting = nodesByName.get(router.name());
                if (booting != null && !booting.isExternal()) {
                    router.setDefaultConfigText(booting.kind().defaultConfig(router.name()));
                }
                org.looplab.files.Flash flash = org.looplab.files.Flash.of(router);
                files.getOrDefault(router.name(), List.of()).forEach(flash::put);
                TopologyNode host = nodesByName.get(router.name());
                if (host != null && host.isLinuxHost()) {
                    found.addAll(LinuxHosts.boot(router, host, text, topology));
                    booted++;
                    continue;
                }
                boolean unusable = false;
                if (text != null) {
                    ConfigLoader.Report report = ConfigLoader.load(router, text);
                    unusable = report.refused() > 0 && report.applied() + report.kept() == 0
                            && sources.get(router.name()) != StartupConfigSource.KIND_DEFAULT;
                    found.add(router.name() + ": " + report.applied() + " lines applied, " + report.kept()
                            + " kept without behaviour (show looplab unmodelled lists the features not simulated), "
                            + report.refused() + " refused");
                    for (String warning : report.warnings()) {
                        found.add(router.name() + ": " + warning);
                    }
                }
                TopologyNode node = nodesByName.get(router.name());
                if (node != null && node.kind() == NodeKind.IOL && (!node.hasStartupConfig() || node.partial())) {
                    // containerlab's IOL baseline brings up every interface the topology links.
                    for (TopologyLink link : topology.links()) {
                        for (var end : List.of(link.a(), link.b())) {
                            if (end.node().equals(router.name()) && router.interfaceNamed(end.port()) != null
                                    && !configs.getOrDefault(router.name(), "").contains("shutdown")) {
                                router.setShutdown(router.interfaceNamed(end.port()), false);
                            }
                        }
                    }
                }
                DiscoveryProtocols.start(router); // CDP runs from boot, as on IOS; LLDP once configured
                if (unusable) {
                    // Not the kind's admin/admin either: the router boots as its file says, with nothing.
                    TopologyNode given = nodesByName.get(router.name());
                    String file = sources.get(router.name()) == StartupConfigSource.SAVED ? "saved startup-config"
                            : given != null && given.startupConfig() != null ? "startup-config " + given.startupConfig()
                            : "startup-config";
                    found.add(router.name() + ": no usable line in its " + file
                            + ": it boots unconfigured and is not reachable by login (no username)");
                } else if (router.users().isEmpty() && (node == null || !node.isExternal())) {
                    // containerlab's kinds boot with admin/admin when the config gives no login.
                    router.putUser(new UserAccount(NodeKind.DEFAULT_USER, UserAccount.MAX_PRIVILEGE,
                            Secret.fromPlainText(NodeKind.DEFAULT_PASSWORD, kernel.random())));
                    found.add(router.name() + ": no username in its startup-config: log in as " + NodeKind.DEFAULT_USER
                            + " with containerlab's default password for the kind (see README, topology files)");
                }
                if (!unusable && (node == null || !node.isExternal()) && noVtyTakesSsh(router)) {
                    found.add(router.name() + ": no vty line takes an SSH login (no exec, or transport input without"
                            + " ssh): its SSH port closes every connection; the lab console's attach still reaches it");
                }
                booted++;
                if (System.nanoTime() >= nextProgress) {
                    progress.accept("booting: " + booted + " of " + topology.nodes().size() + " routers configured");
                    nextProgress = System.nanoTime() + 1_000_000_000L;
                }
            }
            return found;
        });
        Convergence.Result converged = null;
        if (!options.cold()) {
            converged = Convergence.runUntilQuiet(kernel, activity[0], Convergence.DEFAULT_QUIET_NANOS,
                    Convergence.DEFAULT_CAP_NANOS, step -> progress.accept(step.describe()));
            // The routers booted that much virtual time ago: their clocks and logs agree with the host's.
            lab.setCalendarAtStart(Instant.now().minusNanos(kernel.now()));
        }
        if (!options.virtualOnly()) {
            kernel.startRealTime(options.speed());
        }
        RunningLab running = new RunningLab(topology, lab, store, sources, warnings, activity[0], converged);
        running.useTimeline(timeline[0]);
        return running;
    }

    static void buildRouters(Lab lab, Topology topology) {
        for (TopologyNode node : topology.nodes()) {
            lab.addRouter(node.name(), node.kind().layout());
        }
        for (TopologyLink link : topology.links()) {
            Link cable = lab.connect(lab.router(link.a().node()), link.a().port(),
                    lab.router(link.b().node()), link.b().port());
            cable.setDelayNanos(link.delayNanos());
            cable.setLossPercent(link.lossPercent());
            cable.setJitterNanos(link.jitterNanos());
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** True when every vty line refuses an SSH session: IOS closes it once the line is taken. */
    private static boolean noVtyTakesSsh(Router router) {
        return router.terminalLines().stream().filter(line -> line.kind() == TerminalLine.Kind.VTY)
                .noneMatch(line -> line.exec() && line.allowsInput(TerminalLine.Transport.SSH));
    }
}
