package org.looplab.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.looplab.access.HostAccess;
import org.looplab.access.SshConfigFile;
import org.looplab.topology.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code looplab ssh-config [TOPOLOGY]}: {@code Host} blocks for ~/.ssh/config, so {@code ssh r1} works. */
@Command(name = "ssh-config", mixinStandardHelpOptions = true,
        description = "Print Host blocks for ~/.ssh/config (HostName, Port, User, HostKeyAlias): then ssh r1 works.")
public final class SshConfigCommand implements Callable<Integer> {
    @Mixin
    AccessOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Topology topology = options.topology(err);
        if (topology == null) {
            return 2;
        }
        List<HostAccess> hosts = options.hosts(topology, err);
        if (hosts == null) {
            return 2;
        }
        var out = spec.commandLine().getOut();
        out.print(SshConfigFile.render(topology.name(), topology.file().toString(), hosts));
        out.flush();
        return 0;
    }
}
