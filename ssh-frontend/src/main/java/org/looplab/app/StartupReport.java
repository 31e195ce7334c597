package org.looplab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.looplab.lab.PlainTextCredentials;
import org.looplab.lab.PlainTextCredentials.Credential;
import org.looplab.lab.RunningLab;
import org.looplab.lab.StartupConfigSource;
import org.looplab.ssh.RouterEndpoint;
import org.looplab.topology.TopologyNode;

/**
 * What {@code looplab run} prints once the lab is up: one line per router with the command to log in,
 * and the credentials the topology's startup-config files give in plain text. Passwords are only ever
 * shown from those files (hashes cannot be read back), never from what users typed.
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
            out.println((warning.contains(" lines applied, ") ? "looplab: " : "looplab: warning: ") + warning);
        }
        if (bindAny) {
            out.println("looplab: listening on all addresses (--bind-any): other hosts can reach these routers");
        }
        Set<Credential> credentials = new LinkedHashSet<>();
        String firstUser = "admin";
        for (TopologyNode node : running.topology().nodes()) {
            // A router booted from a saved config may have other users now; only the files are shown.
            StartupConfigSource from = running.configSources().get(node.name());
            if (from == StartupConfigSource.TOPOLOGY_FILE || from == StartupConfigSource.KIND_DEFAULT) {
                credentials.addAll(fileCredentials(node));
            }
        }
        if (!credentials.isEmpty()) {
            firstUser = credentials.iterator().next().user();
        }
        int width = endpoints.stream().mapToInt(e -> e.router().name().length()).max().orElse(2);
        for (RouterEndpoint endpoint : endpoints) {
            String name = endpoint.router().name();
            StartupConfigSource source = running.configSources().get(name);
            out.printf("%-" + width + "s  %-32s (%s)%n", name, endpoint.sshCommand(firstUser),
                    source == null ? "" : source.description());
        }
        if (credentials.isEmpty()) {
            out.println("looplab: no plain-text username in the startup-config files read; log in with the users you configured");
        } else {
            StringBuilder line = new StringBuilder("looplab: credentials from the startup-config files: ");
            String separator = "";
            for (Credential credential : credentials) {
                line.append(separator).append("user ").append(credential.user())
                        .append(", password ").append(credential.password());
                separator = "; ";
            }
            out.println(line);
        }
        out.flush();
    }

    private static List<Credential> fileCredentials(TopologyNode node) {
        try {
            return PlainTextCredentials.in(node.bootConfig());
        } catch (IOException e) {
            return List.of();
        }
    }
}
