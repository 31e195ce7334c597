package org.looplab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.looplab.lab.RunningLab;
import org.looplab.lab.StartupConfigSource;
import org.looplab.lab.StartupConfigUsers;
import org.looplab.ssh.RouterEndpoint;
import org.looplab.topology.NodeKind;
import org.looplab.topology.TopologyNode;

/**
 * What {@code looplab run} prints once the lab is up: one line per router with the command to log in,
 * the users the topology's startup-config files define and where their passwords are, each router's count of
 * startup-config lines applied, kept and refused with the refused lines (all of them in the state folder's
 * {@value #REPORT_FILE}). It never prints a
 * password: console output gets pasted into tickets and chats, and a lab may listen beyond 127/8.
 */
final class StartupReport {
    /** The report's file in the state folder: every refused line of every router, rewritten at each start. */
    static final String REPORT_FILE = "startup-report.txt";
    /** Refused lines printed per router on the console; the rest are counted, and all are in the file. */
    private static final int SHOWN_PER_ROUTER = 10;

    private final PrintStream out;

    StartupReport(PrintStream out) {
        this.out = out;
    }

    void print(RunningLab running, List<RouterEndpoint> endpoints, Path stateDir, boolean bindAny) {
        out.printf("looplab: lab %s, %d routers, %d links, from %s%n", running.topology().name(),
                endpoints.size(), running.topology().links().size(), running.topology().file());
        out.println("looplab: state folder " + stateDir.toAbsolutePath().normalize());
        for (String note : running.topology().notes()) {
            out.println("looplab: note: " + note);
        }
        Path reportFile = stateDir.resolve(REPORT_FILE);
        boolean written = write(reportFile, running);
        Map<String, Integer> refusedShown = new LinkedHashMap<>();
        for (String warning : running.warnings()) {
            // The per-router summary of its startup-config is news, not a warning.
            boolean news = warning.contains(" lines applied, ") || warning.contains(": linux host: ");
            int colon = warning.indexOf(": line ");
            if (written && colon > 0 && refusedShown.merge(warning.substring(0, colon), 1, Integer::sum) > SHOWN_PER_ROUTER) {
                continue; // the whole list is in the report file
            }
            out.println((news ? "looplab: " : "looplab: warning: ") + warning);
        }
        refusedShown.forEach((router, count) -> {
            if (count > SHOWN_PER_ROUTER) {
                out.println("looplab: warning: " + router + ": " + (count - SHOWN_PER_ROUTER) + " more lines not applied, all in "
                        + reportFile.toAbsolutePath().normalize());
            }
        });
        if (written && !running.warnings().isEmpty()) {
            out.println("looplab: the whole startup report is in " + reportFile.toAbsolutePath().normalize());
        }
        if (bindAny) {
            out.println("looplab: listening on all addresses (--bind-any): other hosts can reach these routers");
        }
        Set<String> users = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (TopologyNode node : running.topology().nodes()) {
            // A router booted from a saved config may have other users now; only the files are read.
            StartupConfigSource from = running.configSources().get(node.name());
            if (from == StartupConfigSource.TOPOLOGY_FILE || from == StartupConfigSource.KIND_DEFAULT) {
                List<String> fileUsers = fileUsers(node);
                if (!fileUsers.isEmpty()) {
                    users.addAll(fileUsers);
                    places.add(passwordPlace(node, running.topology().file().toAbsolutePath().normalize()));
                }
            }
        }
        String firstUser = users.isEmpty() ? "admin" : users.iterator().next();
        int width = endpoints.stream().mapToInt(e -> e.router().name().length()).max().orElse(2);
        for (RouterEndpoint endpoint : endpoints) {
            String name = endpoint.router().name();
            StartupConfigSource source = running.configSources().get(name);
            out.printf("%-" + width + "s  %-32s (%s)%n", name, endpoint.sshCommand(firstUser),
                    source == null ? "" : source.description());
        }
        // Routers whose config gives no username boot with the kind's login (LabStarter warns about each).
        boolean kindLogin = running.warnings().stream().anyMatch(w -> w.contains(": no username in its startup-config"));
        String kindLoginText = NodeKind.DEFAULT_USER + " with containerlab's default password for its kind (README, "
                + "'Topology files')";
        if (users.isEmpty()) {
            out.println(kindLogin ? "looplab: log in as " + kindLoginText
                    : "looplab: no username line in the startup-config files read; log in with the users you configured");
        } else {
            out.println("looplab: log in as " + String.join(" or ", users) + "; the passwords are on the 'username' lines"
                    + " of " + String.join("; ", places)
                    + (kindLogin ? "; a router whose config has no username takes " + kindLoginText : ""));
        }
        out.flush();
    }

    /**
     * Writes every note and startup-config line the routers did not take into the state folder, so a lab of
     * thousands of refused lines does not flood the console; false (and the console gets them all) when the
     * folder refuses the file.
     */
    private static boolean write(Path file, RunningLab running) {
        List<String> lines = new ArrayList<>();
        running.topology().notes().forEach(note -> lines.add("note: " + note));
        lines.addAll(running.warnings());
        try {
            Files.write(file, lines);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where a node's username lines are: its file, the text the lab file embeds, or the kind's default. */
    private static String passwordPlace(TopologyNode node, Path labFile) {
        if (node.startupConfig() != null) {
            return "the startup-config files in " + node.startupConfig().toAbsolutePath().normalize().getParent();
        }
        if (node.inlineConfig() == null) {
            return "the default config of the node's kind (containerlab's, see the README's 'Topology files')";
        }
        String name = labFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gns3")) {
            return "the routers' startup-configs in " + labFile.getParent().resolve("project-files");
        }
        return name.endsWith(".clab.yml") || name.endsWith(".clab.yaml")
                ? "the startup-config text written in " + labFile
                : "the node configurations embedded in " + labFile;
    }

    private static List<String> fileUsers(TopologyNode node) {
        try {
            return StartupConfigUsers.in(node.bootConfig());
        } catch (IOException e) {
            return List.of();
        }
    }
}
