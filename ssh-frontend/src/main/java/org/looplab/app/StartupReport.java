package org.looplab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.looplab.lab.RunningLab;
import org.looplab.lab.StartupConfigSource;
import org.looplab.lab.StartupConfigUsers;
import org.looplab.ssh.RouterEndpoint;
import org.looplab.topology.NodeKind;
import org.looplab.topology.TopologyNode;

/**
 * What {@code looplab run} prints once the lab is up: one line per router with the command to log in,
 * the users the topology's startup-config files define and where their passwords are. It never prints a
 * password: console output gets pasted into tickets and chats, and a lab may listen beyond 127/8.
 */
final class StartupReport {
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
        for (String warning : running.warnings()) {
            // The per-router summary of its startup-config is news, not a warning.
            out.println((warning.contains(" lines applied, ") || warning.contains(": linux host: ") ? "looplab: " : "looplab: warning: ") + warning);
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
